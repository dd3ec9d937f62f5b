import { roleAllows, ROLE_LABELS, type TRole } from "@xroi/validators";
import type { MouseEvent, ReactNode } from "react";
import { AREAS } from "../areas";
import { Button } from "../components/button";
import { cn } from "../lib/cn";

export type TShellUser = { name: string; email: string; role: TRole };

export type TNavigation = {
  currentPath: string;
  navigate: (path: string) => void;
  /** The href a link shows: the path itself on the web, "#/path" on the desktop. */
  hrefFor?: (path: string) => string;
};

/** A real link (middle-click, copy address) that navigates in-app on a plain click. */
export function AppLink({
  nav,
  path,
  className,
  children,
  ...rest
}: {
  nav: TNavigation;
  path: string;
  className?: string;
  children: ReactNode;
  "aria-current"?: "page";
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    nav.navigate(path);
  };
  return (
    <a
      href={nav.hrefFor ? nav.hrefFor(path) : path}
      onClick={onClick}
      className={className}
      {...rest}
    >
      {children}
    </a>
  );
}

export function AppShell({
  user,
  nav,
  onSignOut,
  children,
}: {
  user: TShellUser;
  nav: TNavigation;
  onSignOut?: () => void;
  children: ReactNode;
}) {
  const visible = AREAS.filter((area) => !area.role || roleAllows(user.role, area.role));
  return (
    <div className="flex min-h-screen bg-muted/30 text-foreground">
      <aside className="hidden w-64 shrink-0 flex-col border-r border-border bg-background md:flex">
        <AppLink
          nav={nav}
          path="/"
          className="flex items-center gap-2 px-5 py-4 text-lg font-bold tracking-tight"
        >
          <span className="grid size-7 place-items-center rounded-md bg-primary text-sm text-primary-foreground">
            x
          </span>
          xroi
        </AppLink>
        <nav aria-label="Product areas" className="grid gap-0.5 px-3">
          {visible.map((area) => {
            const isCurrent =
              nav.currentPath === area.path || nav.currentPath.startsWith(`${area.path}/`);
            return (
              <AppLink
                key={area.path}
                nav={nav}
                path={area.path}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "flex items-center justify-between rounded-md px-3 py-2 text-sm hover:bg-muted",
                  isCurrent && "bg-primary/10 font-semibold text-primary",
                )}
              >
                {area.label}
                {!area.ready ? (
                  <span className="ml-2 shrink-0 whitespace-nowrap text-[10px] uppercase tracking-wide text-muted-foreground">
                    not built
                  </span>
                ) : null}
              </AppLink>
            );
          })}
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-between gap-4 border-b border-border bg-background px-6 py-3">
          <nav
            aria-label="Product areas (compact)"
            className="flex gap-3 overflow-x-auto text-sm md:hidden"
          >
            {visible.map((area) => (
              <AppLink key={area.path} nav={nav} path={area.path} className="whitespace-nowrap">
                {area.label}
              </AppLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <div className="text-right leading-tight">
              <div className="font-medium">{user.name}</div>
              <div className="text-xs text-muted-foreground">
                {user.email} · {ROLE_LABELS[user.role]}
              </div>
            </div>
            {onSignOut ? (
              <Button variant="outline" size="sm" onClick={onSignOut}>
                Sign out
              </Button>
            ) : null}
          </div>
        </header>
        <main className="mx-auto w-full max-w-6xl flex-1 px-6 py-8">{children}</main>
      </div>
    </div>
  );
}
