import type { Prisma } from "../generated/prisma/client";
import { skillNameKey } from "@xroi/validators";
import { CHAMBER_COST_TABLE, VENDOR_COST_TABLE, type TCostLine, type TCostTable } from "./data";

// The case studies' cost tables as two ledger programs. Recurring lines become monthly items over
// the program's whole calendar months, with the per-month volume (quantity / months), so the
// ledger's prorated total over the program period equals the printed "Calculated Cost".

type TDemoProgram = {
  table: TCostTable;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  months: number;
};

export const DEMO_PROGRAMS: readonly TDemoProgram[] = [
  {
    table: CHAMBER_COST_TABLE,
    name: "Member learning ROI, Year 1",
    description:
      "The chamber's Year 1 estimate: instrument 20 courses and 8 webinars, a 90-day pilot, operations.",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    months: 12,
  },
  {
    table: VENDOR_COST_TABLE,
    name: "Engineering upskilling Q1",
    description:
      "The software vendor's first quarter: 60 engineers in cohorts of 10, a 12-week program.",
    startsOn: "2026-01-01",
    endsOn: "2026-03-31",
    months: 3,
  },
];

const CATEGORY = {
  labour: "people",
  subscription: "technology",
  licence: "licences",
  infrastructure: "technology",
  opportunity_cost: "participant_time",
} as const;
const PHASE = {
  discovery: "discovery",
  design: "design",
  build: "build",
  pilot: "pilot",
  rollout: "deployment",
  operate: "operations",
} as const;

function itemFor(
  line: TCostLine,
  program: TDemoProgram,
  programId: string,
): Prisma.CostItemCreateManyInput {
  const isRecurring = line.recurrence === "recurring";
  const volume = isRecurring ? line.quantity / program.months : line.quantity;
  if (!Number.isInteger(volume))
    throw new Error(
      `${line.key}: ${line.quantity} does not split evenly over ${program.months} months`,
    );
  return {
    programId,
    component: line.component,
    category: CATEGORY[line.category],
    phase: PHASE[line.phase],
    unit: line.rateUnit,
    rate: (line.rate.amountMinor / 100).toFixed(2),
    volume: String(volume),
    amountMinor: BigInt(line.rate.amountMinor) * BigInt(volume),
    currency: program.table.currency,
    recurrence: isRecurring ? "monthly" : "one_time",
    startsOn: isRecurring ? new Date(`${program.startsOn}T00:00:00Z`) : null,
    endsOn: isRecurring ? new Date(`${program.endsOn}T00:00:00Z`) : null,
    status: "planned",
    notes: `${line.rateText}; ${line.volumeText}${line.assumedRate ? " (rate is an assumption)" : ""}`,
    isOptional: line.optional,
  };
}

/** Writes both demo programs, replacing their items on a re-run so they always match the tables. */
export async function upsertDemoPrograms(tx: Prisma.TransactionClient): Promise<number> {
  for (const program of DEMO_PROGRAMS) {
    const nameKey = skillNameKey(program.name);
    const fields = {
      name: program.name,
      description: program.description,
      currency: program.table.currency,
      startsOn: new Date(`${program.startsOn}T00:00:00Z`),
      endsOn: new Date(`${program.endsOn}T00:00:00Z`),
    };
    const row = await tx.program.upsert({
      where: { nameKey },
      create: { nameKey, ...fields },
      update: fields,
    });
    await tx.costItem.deleteMany({ where: { programId: row.id } });
    await tx.costItem.createMany({
      data: program.table.lines.map((line) => itemFor(line, program, row.id)),
    });
  }
  return DEMO_PROGRAMS.length;
}
