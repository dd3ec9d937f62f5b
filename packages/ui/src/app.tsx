import { QUALITY_PATH, roleAllows } from "@xroi/validators";
import { areaForPath } from "./areas";
import { AppShell, type TNavigation, type TShellUser } from "./shell/app-shell";
import { AreaNotBuilt } from "./screens/area-not-built";
import { HomeScreen } from "./screens/home-screen";
import { LedgerScreen } from "./screens/ledger/ledger-screen";
import { LrsScreen } from "./screens/lrs/lrs-screen";
import { PageHeader } from "./screens/page-header";
import { PeopleScreen } from "./screens/people/people-screen";
import { QualityScreen } from "./screens/quality/quality-screen";
import { SkillsScreen } from "./screens/skills/skills-screen";
import { TaxonomyScreen } from "./screens/taxonomy/taxonomy-screen";
import { UsersScreen } from "./screens/users/users-screen";

function Screen({ user, nav }: { user: TShellUser; nav: TNavigation }) {
  const path = nav.currentPath;
  if (path === "/" || path === "") return <HomeScreen nav={nav} role={user.role} />;
  // Data quality sits under People and IDs with a route of its own (docs/quality.md).
  if (path === QUALITY_PATH) return <QualityScreen nav={nav} role={user.role} />;
  const area = areaForPath(path.split("?")[0] ?? path);
  if (!area)
    return <PageHeader title="Page not found" description={`There is no page at ${path}.`} />;
  if (area.role && !roleAllows(user.role, area.role)) {
    return (
      <PageHeader
        title={area.label}
        description="Your role does not give access to this area. Ask an admin if you need it."
      />
    );
  }
  if (!area.ready) return <AreaNotBuilt area={area} />;
  if (area.path === "/skills") return <SkillsScreen canEdit={roleAllows(user.role, "admin")} />;
  if (area.path === "/taxonomy") {
    return <TaxonomyScreen nav={nav} canEdit={roleAllows(user.role, "admin")} />;
  }
  if (area.path === "/people") return <PeopleScreen nav={nav} role={user.role} />;
  if (area.path === "/ledger") return <LedgerScreen canEdit={roleAllows(user.role, "analyst")} />;
  if (area.path === "/lrs") return <LrsScreen nav={nav} isAdmin={roleAllows(user.role, "admin")} />;
  if (area.path === "/users") return <UsersScreen currentUserEmail={user.email} />;
  return <AreaNotBuilt area={area} />;
}

/**
 * The whole signed-in app for one path: shell, navigation and the screen. Both shells mount it; the
 * web app maps URLs to paths, the desktop uses the location hash.
 */
export function XroiApp({
  user,
  currentPath,
  navigate,
  hrefFor,
  onSignOut,
}: TNavigation & { user: TShellUser; onSignOut?: () => void }) {
  const nav: TNavigation = { currentPath, navigate, hrefFor };
  return (
    <AppShell user={user} nav={nav} onSignOut={onSignOut}>
      <Screen user={user} nav={nav} />
    </AppShell>
  );
}
