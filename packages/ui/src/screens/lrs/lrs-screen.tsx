import type { TNavigation } from "../../shell/app-shell";
import { PageHeader } from "../page-header";
import { SectionNav, type TSection } from "../section-nav";
import { CredentialsSection } from "./credentials-section";
import { IngestSection } from "./ingest-section";
import { lrsEndpoint } from "./lrs-format";
import { RejectionsSection } from "./rejections-section";
import { StatementsSection } from "./statements-section";

const SECTIONS: readonly (TSection & { isAdminOnly: boolean })[] = [
  { path: "/lrs", label: "Statements", isAdminOnly: false },
  { path: "/lrs/credentials", label: "Credentials", isAdminOnly: true },
  { path: "/lrs/ingest", label: "Ingest", isAdminOnly: false },
  { path: "/lrs/rejections", label: "Rejected requests", isAdminOnly: true },
];

/**
 * The in-app xAPI LRS: statements (analysts and admins), ingest per credential, and for admins
 * the credentials tools post with and the requests the LRS refused.
 */
export function LrsScreen({ nav, isAdmin }: { nav: TNavigation; isAdmin: boolean }) {
  const sections = SECTIONS.filter((s) => isAdmin || !s.isAdminOnly);
  const path = nav.currentPath.replace(/\/$/, "");
  const section = SECTIONS.find((s) => s.path === path);
  const endpoint = typeof window === "undefined" ? null : lrsEndpoint(window.location);
  return (
    <section>
      <PageHeader
        title="Learning Record Store"
        description="xAPI statements from learning tools: what arrived, from which tool, and what was refused."
      />
      <SectionNav
        nav={nav}
        label="LRS sections"
        sections={sections}
        current={section?.path ?? ""}
      />
      {!section ? (
        <p className="text-sm text-muted-foreground">There is no page at {nav.currentPath}.</p>
      ) : section.isAdminOnly && !isAdmin ? (
        <p className="text-sm text-muted-foreground">
          {section.label} are for admins. Ask an admin if you need a credential for a tool.
        </p>
      ) : section.path === "/lrs/credentials" ? (
        <CredentialsSection endpoint={endpoint} />
      ) : section.path === "/lrs/ingest" ? (
        <IngestSection />
      ) : section.path === "/lrs/rejections" ? (
        <RejectionsSection />
      ) : (
        <StatementsSection />
      )}
    </section>
  );
}
