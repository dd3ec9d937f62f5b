import type { TNavigation } from "../../shell/app-shell";
import { PageHeader } from "../page-header";
import { SectionNav } from "../section-nav";
import { AssetsSection } from "./assets-section";
import { CoverageSection } from "./coverage-section";
import { RolesSection } from "./roles-section";
import { VocabulariesSection } from "./vocabularies-section";

const SECTIONS = [
  { path: "/taxonomy", label: "Learning assets" },
  { path: "/taxonomy/roles", label: "Role matrix" },
  { path: "/taxonomy/vocabularies", label: "Vocabularies" },
  { path: "/taxonomy/coverage", label: "Coverage" },
] as const;

/** Roles and the skills they need, learning assets tagged to skills and goals, and the gaps. */
export function TaxonomyScreen({ nav, canEdit }: { nav: TNavigation; canEdit: boolean }) {
  const section = SECTIONS.find((s) => s.path === nav.currentPath.replace(/\/$/, ""));
  return (
    <section>
      <PageHeader
        title="Taxonomy"
        description="Learning assets tagged to skills and business goals, the skills each role needs, the vocabularies tags come from, and where coverage is missing."
      />
      <SectionNav
        nav={nav}
        label="Taxonomy sections"
        sections={SECTIONS}
        current={section?.path ?? ""}
      />
      {!section ? (
        <p className="text-sm text-muted-foreground">There is no page at {nav.currentPath}.</p>
      ) : section.path === "/taxonomy/roles" ? (
        <RolesSection canEdit={canEdit} />
      ) : section.path === "/taxonomy/vocabularies" ? (
        <VocabulariesSection canEdit={canEdit} />
      ) : section.path === "/taxonomy/coverage" ? (
        <CoverageSection />
      ) : (
        <AssetsSection canEdit={canEdit} />
      )}
    </section>
  );
}
