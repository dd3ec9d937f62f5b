import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AREAS, areaForPath } from "../areas";
import { AppShell } from "./app-shell";

afterEach(cleanup);

const user = { name: "Ana", email: "ana@example.org" };

describe("AppShell", () => {
  it("shows every product area, marks the ones not built, and hides Users from non-admins and the LRS from viewers", () => {
    const navigate = vi.fn();
    render(
      <AppShell user={{ ...user, role: "analyst" }} nav={{ currentPath: "/skills", navigate }}>
        <p>content</p>
      </AppShell>,
    );
    const nav = screen.getByRole("navigation", { name: "Product areas" });
    const labels = within(nav)
      .getAllByRole("link")
      .map((a) => a.textContent);
    expect(labels).toEqual([
      "Skills",
      "Taxonomy",
      "People and IDs",
      "Consent and privacynot built",
      "Cost ledger",
      "LRS",
      "ROI reportsnot built",
    ]);
    expect(within(nav).getByRole("link", { name: "Skills" })).toHaveProperty("ariaCurrent", "page");
    cleanup();
    render(
      <AppShell user={{ ...user, role: "viewer" }} nav={{ currentPath: "/", navigate }}>
        <p>content</p>
      </AppShell>,
    );
    const viewerNav = screen.getByRole("navigation", { name: "Product areas" });
    expect(within(viewerNav).queryByRole("link", { name: "LRS" })).toBeNull();
  });

  it("navigates in-app on a plain click and keeps real hrefs", () => {
    const navigate = vi.fn();
    render(
      <AppShell
        user={{ ...user, role: "admin" }}
        nav={{ currentPath: "/", navigate, hrefFor: (p) => `#${p}` }}
      >
        <p>content</p>
      </AppShell>,
    );
    const nav = screen.getByRole("navigation", { name: "Product areas" });
    const users = within(nav).getByRole("link", { name: "Users" });
    expect(users.getAttribute("href")).toBe("#/users");
    fireEvent.click(users);
    expect(navigate).toHaveBeenCalledWith("/users");
  });
});

describe("areaForPath", () => {
  it("finds an area by its path or a sub-path", () => {
    expect(areaForPath("/skills")?.label).toBe("Skills");
    expect(areaForPath("/ledger/programs/1")?.label).toBe("Cost ledger");
    expect(areaForPath("/nowhere")).toBeUndefined();
    expect(AREAS.filter((a) => a.ready).map((a) => a.path)).toEqual([
      "/skills",
      "/taxonomy",
      "/people",
      "/ledger",
      "/lrs",
      "/users",
    ]);
  });
});
