import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpLink } from "@trpc/client";
import type { AppRouter } from "@xroi/api/client";
import type { TCostItem } from "@xroi/validators";
import superjson from "superjson";
import { afterEach, describe, expect, it } from "vitest";
import { TRPCProvider } from "../../trpc";
import { InlineCell } from "./inline-cell";

afterEach(cleanup);

const item: TCostItem = {
  id: "6f1c2b7e-8d4a-4c1e-9b3f-2a5d7e9c1b20",
  programId: "0b9d3c5e-1a2f-4e6d-8c7b-9a1e3f5d7c20",
  component: "Discovery and planning",
  category: "people",
  phase: "discovery",
  unit: "hour",
  rate: "120",
  volume: "80",
  amountMinor: 960_000n,
  currency: "USD",
  recurrence: "one_time",
  startsOn: null,
  endsOn: null,
  status: "planned",
  owner: "",
  notes: "",
  isOptional: false,
};

/** A tRPC client whose server answers updateItem with `reply` and records what it was sent. */
function renderCell(reply: { status: number; body: unknown }) {
  const sent: unknown[] = [];
  const fetch = async (_url: unknown, init?: { body?: unknown }) => {
    sent.push(superjson.parse(String(init?.body)));
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { "content-type": "application/json" },
    });
  };
  const trpcClient = createTRPCClient<AppRouter>({
    links: [httpLink({ url: "http://test/api/trpc", transformer: superjson, fetch })],
  });
  const queryClient = new QueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <InlineCell item={item} field="rate" label="Rate of Discovery and planning" />
      </TRPCProvider>
    </QueryClientProvider>,
  );
  return { sent, input: screen.getByLabelText<HTMLInputElement>("Rate of Discovery and planning") };
}

const ok = { status: 200, body: { result: { data: superjson.serialize(item) } } };

describe("InlineCell", () => {
  it("saves the whole item with the new value on Enter", async () => {
    const { sent, input } = renderCell(ok);
    fireEvent.change(input, { target: { value: "125.50" } });
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      id: item.id,
      component: item.component,
      rate: "125.50",
      volume: "80",
    });
  });

  it("puts the saved value back on Escape and sends nothing, even when focus then leaves", () => {
    const { sent, input } = renderCell(ok);
    fireEvent.change(input, { target: { value: "999" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(input.value).toBe("120");
    fireEvent.blur(input);
    expect(sent).toHaveLength(0);
  });

  it("sends nothing when the value did not change", () => {
    const { sent, input } = renderCell(ok);
    fireEvent.change(input, { target: { value: " 120 " } });
    fireEvent.blur(input);
    expect(sent).toHaveLength(0);
  });

  it("shows the server's field-named refusal beside the input and keeps the saved value", async () => {
    const refusal = {
      status: 400,
      body: {
        error: superjson.serialize({
          message: "rate: must not be negative",
          code: -32600,
          data: {
            code: "BAD_REQUEST",
            httpStatus: 400,
            fieldErrors: { rate: "must not be negative" },
          },
        }),
      },
    };
    const { input } = renderCell(refusal);
    fireEvent.change(input, { target: { value: "-5" } });
    fireEvent.blur(input);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("rate: must not be negative");
    expect(input.value).toBe("120");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe(alert.id);
  });
});
