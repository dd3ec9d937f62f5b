/** What a totals report needs to know about one cost item, its amount already in minor units. */
export type TTotalsLine = {
  amountMinor: bigint;
  category: string;
  phase: string;
  recurrence: "one_time" | "recurring";
  status: "planned" | "actual";
  isOptional: boolean;
};

export type TLedgerTotals = {
  total: bigint;
  withoutOptional: bigint;
  optional: bigint;
  oneTime: bigint;
  recurring: bigint;
  planned: bigint;
  actual: bigint;
  byCategory: Record<string, bigint>;
  byPhase: Record<string, bigint>;
};

function add(map: Record<string, bigint>, key: string, amount: bigint): void {
  map[key] = (map[key] ?? 0n) + amount;
}

/** Sums a program's lines every way the ledger screen and ROI reports slice them. Exact: bigint minor units. */
export function ledgerTotals(lines: readonly TTotalsLine[]): TLedgerTotals {
  const totals: TLedgerTotals = {
    total: 0n,
    withoutOptional: 0n,
    optional: 0n,
    oneTime: 0n,
    recurring: 0n,
    planned: 0n,
    actual: 0n,
    byCategory: {},
    byPhase: {},
  };
  for (const line of lines) {
    const amount = line.amountMinor;
    totals.total += amount;
    if (line.isOptional) totals.optional += amount;
    else totals.withoutOptional += amount;
    if (line.recurrence === "one_time") totals.oneTime += amount;
    else totals.recurring += amount;
    if (line.status === "planned") totals.planned += amount;
    else totals.actual += amount;
    add(totals.byCategory, line.category, amount);
    add(totals.byPhase, line.phase, amount);
  }
  return totals;
}
