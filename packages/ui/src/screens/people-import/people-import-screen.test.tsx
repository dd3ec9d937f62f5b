import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PeopleImportScreen } from "./people-import-screen";

afterEach(cleanup);

describe("PeopleImportScreen", () => {
  it("tells roles other than admin that the import is for admins, and shows no form", () => {
    for (const role of ["viewer", "analyst", "privacy_lead"] as const) {
      render(
        <PeopleImportScreen
          nav={{ currentPath: "/people/import", navigate: vi.fn() }}
          role={role}
        />,
      );
      expect(screen.getByRole("heading", { name: "Import ID mappings" })).toBeTruthy();
      expect(screen.getByText(/Importing ID mappings is for admins/)).toBeTruthy();
      expect(screen.queryByLabelText("CSV file")).toBeNull();
      cleanup();
    }
  });
});
