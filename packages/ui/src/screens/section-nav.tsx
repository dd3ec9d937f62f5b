import { cn } from "../lib/cn";
import { AppLink, type TNavigation } from "../shell/app-shell";

export type TSection = { path: string; label: string };

/** An area's own pages as tabs that are real links (each page has its address). */
export function SectionNav({
  nav,
  label,
  sections,
  current,
}: {
  nav: TNavigation;
  label: string;
  sections: readonly TSection[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="mb-6 flex gap-1 overflow-x-auto border-b border-border">
      {sections.map((section) => {
        const isCurrent = section.path === current;
        return (
          <AppLink
            key={section.path}
            nav={nav}
            path={section.path}
            aria-current={isCurrent ? "page" : undefined}
            className={cn(
              "-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
              isCurrent ? "border-primary text-primary" : "border-transparent",
            )}
          >
            {section.label}
          </AppLink>
        );
      })}
    </nav>
  );
}
