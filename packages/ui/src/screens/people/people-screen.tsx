import { canSeePeopleIdentifiers, PEOPLE_PATHS, type TRole } from "@xroi/validators";
import type { TNavigation } from "../../shell/app-shell";
import { PageHeader } from "../page-header";
import { PeopleImportScreen } from "../people-import/people-import-screen";
import { MatchSettings } from "./match-settings";
import { PEOPLE_SETTINGS_PATH, PeopleTabs } from "./people-sections";
import { PeopleList } from "./people-list";
import { PersonPage } from "./person-page";
import { ReviewQueue } from "./review-queue";

const TITLE = "People and IDs";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The People and IDs area (docs/identity.md): people, the review queue, the match rules, and tabs
 * to the import and data-quality pages. Names and IDs are personal data: privacy leads and admins
 * see them, only admins change them; analysts get the data-quality page only.
 */
export function PeopleScreen({ nav, role }: { nav: TNavigation; role: TRole }) {
  const [rawPath, query = ""] = nav.currentPath.split("?");
  const path = (rawPath ?? "").replace(/\/$/, "") || PEOPLE_PATHS.list;
  const isAdmin = role === "admin";
  const header = (description: string) => (
    <>
      <PageHeader title={TITLE} description={description} />
      <PeopleTabs nav={nav} role={role} current={path} />
    </>
  );
  if (!canSeePeopleIdentifiers(role))
    return header(
      role === "viewer"
        ? "People's names and IDs are for privacy leads and admins. Ask an admin if you need them."
        : "People's names and IDs are for privacy leads and admins; the data-quality checks are open to you.",
    );
  if (path === PEOPLE_PATHS.list)
    return (
      <section>
        {header("One person across the LMS, webinar tool, CRM, GitHub, Jira and xAPI actors.")}
        <PeopleList nav={nav} isAdmin={isAdmin} initialQuery={queryParam(query)} />
      </section>
    );
  if (path === PEOPLE_PATHS.review)
    return (
      <section>
        {header(
          "People who may be one: similar names in one organisation, the same e-mail name at another domain. Nothing is merged until someone decides.",
        )}
        <ReviewQueue nav={nav} isAdmin={isAdmin} />
      </section>
    );
  if (path === PEOPLE_PATHS.import)
    return (
      <PeopleImportScreen
        nav={nav}
        role={role}
        tabs={<PeopleTabs nav={nav} role={role} current={path} />}
      />
    );
  if (path === PEOPLE_SETTINGS_PATH)
    return (
      <section>
        {header("How xAPI actors and imported rows are matched to people.")}
        {isAdmin ? (
          <MatchSettings />
        ) : (
          <p className="text-sm text-muted-foreground">The match rules are for admins.</p>
        )}
      </section>
    );
  const id = path.slice(PEOPLE_PATHS.list.length + 1);
  if (UUID.test(id))
    return (
      <section>
        <PeopleTabs nav={nav} role={role} current={PEOPLE_PATHS.list} />
        <PersonPage key={id} nav={nav} id={id} isAdmin={isAdmin} />
      </section>
    );
  return (
    <PageHeader title="Page not found" description={`There is no page at ${nav.currentPath}.`} />
  );
}

/** ?q= from the path (desktop: in the hash) or, on the web, from the address bar. */
function queryParam(query: string): string {
  const search =
    query || (typeof window !== "undefined" ? window.location.search.replace(/^\?/, "") : "");
  return new URLSearchParams(search).get("q") ?? "";
}
