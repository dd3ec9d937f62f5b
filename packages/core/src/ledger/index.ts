// The cost ledger's calculators: pure, exact (bigint minor units), no I/O. See docs/ledger.md.
export {
  parseDecimal,
  divideRoundHalfEven,
  formatMinor,
  DecimalParseError,
  type TDecimal,
} from "./decimal";
export { CURRENCY_DIGITS, isCurrency, toMinor, lineAmountMinor, type TCurrency } from "./money";
export { allocateLargestRemainder } from "./allocate";
export {
  proratedRecurringMinor,
  isInWindow,
  dayNumber,
  type TDateOnly,
  type TDateRange,
} from "./prorate";
export { ledgerTotals, type TLedgerTotals, type TTotalsLine } from "./totals";
export { amountInWindowMinor, type TWindowedItem } from "./in-window";
export { periodFit } from "./period-fit";
export {
  createProgram,
  createCostItem,
  updateCostItem,
  deleteCostItem,
  programLedger,
  listPrograms,
  type TProgramLedger,
} from "./programs";
export { updateProgram, deleteProgram } from "./program-changes";
export { ledgerHistory } from "./history";
export {
  previewImport,
  applyImport,
  MAX_IMPORT_ROWS,
  type TImportPreview,
  type TImportLineError,
} from "./import-items";
export { exportLedger, type TLedgerExport } from "./export-ledger";
export {
  listAllocations,
  saveAllocation,
  deleteAllocation,
  type TAllocation,
  type TAllocatedTarget,
} from "./allocations";
export { lrsFigures } from "./lrs-figures";
