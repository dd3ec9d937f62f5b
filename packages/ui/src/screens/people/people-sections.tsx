import { canSeePeopleIdentifiers, PEOPLE_PATHS, QUALITY_PATH, type TRole } from "@xroi/validators";
import type { TNavigation } from "../../shell/app-shell";
import { SectionNav, type TSection } from "../section-nav";

export const PEOPLE_SETTINGS_PATH = "/people/settings";

/** The People and IDs area's pages a role may open: names and IDs for privacy leads and admins. */
export function peopleSections(role: TRole): TSection[] {
  const people = canSeePeopleIdentifiers(role)
    ? [
        { path: PEOPLE_PATHS.list, label: "People" },
        { path: PEOPLE_PATHS.review, label: "Review queue" },
        { path: PEOPLE_PATHS.import, label: "Import" },
      ]
    : [];
  const settings = role === "admin" ? [{ path: PEOPLE_SETTINGS_PATH, label: "Match rules" }] : [];
  const quality = role === "viewer" ? [] : [{ path: QUALITY_PATH, label: "Data quality" }];
  return [...people, ...quality, ...settings];
}

/** The area's tabs; also shown on the data-quality page. */
export function PeopleTabs({
  nav,
  role,
  current,
}: {
  nav: TNavigation;
  role: TRole;
  current: string;
}) {
  const sections = peopleSections(role);
  if (sections.length === 0) return null;
  return (
    <SectionNav nav={nav} label="People and IDs sections" sections={sections} current={current} />
  );
}
