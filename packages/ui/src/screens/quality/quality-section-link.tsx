import { AppLink, type TNavigation } from "../../shell/app-shell";
import { QUALITY_SECTION } from "./quality-screen";

/**
 * A card linking to the data-quality page, shown on the People and IDs page while the area's
 * other screens are not built (the People screens then list it in their section navigation).
 */
export function QualitySectionLink({ nav }: { nav: TNavigation }) {
  return (
    <nav aria-label="People and IDs sections" className="mt-4">
      <AppLink
        nav={nav}
        path={QUALITY_SECTION.path}
        className="inline-block rounded-lg border border-border bg-background px-5 py-3 text-sm font-medium shadow-xs transition hover:border-primary/50 hover:shadow-sm"
      >
        {QUALITY_SECTION.label} <span aria-hidden="true">→</span>
      </AppLink>
    </nav>
  );
}
