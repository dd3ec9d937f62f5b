import type { TImportPhase, TImportProgress } from "@xroi/validators";
import { DomainError } from "../../errors";

// An import's phases, for the wizard to show while it waits. In this process's memory: a watcher
// (skills.importProgress) registers a progress id the client made up, and the import run with
// that id reports to it. Nothing is kept once the last watcher leaves.

/** Resolves once a watcher's stream has had its turn to send the phase. */
export type TReportProgress = (
  phase: TImportPhase,
  counts?: { done: number; total: number },
) => Promise<void>;

/** For callers that do not follow progress. */
export const noProgress: TReportProgress = async () => undefined;

// Reading and checking files is one long synchronous stretch: without a turn of the event loop
// first, the phase before it would reach the client only after it, with everything else.
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type TWatch = { ownerId: string | null; listeners: Set<(progress: TImportProgress) => void> };
const watches = new Map<string, TWatch>();

/** Reports to whoever watches progressId, if that is the user running the import. */
export function progressReporter(
  progressId: string | undefined,
  ownerId: string | null,
): TReportProgress {
  if (!progressId) return noProgress;
  return async (phase, counts) => {
    const watch = watches.get(progressId);
    if (!watch || watch.ownerId !== ownerId) return;
    const progress = { phase, done: counts?.done ?? null, total: counts?.total ?? null };
    for (const listener of watch.listeners) listener(progress);
    await nextTurn();
  };
}

/**
 * Each phase an import with this progress id reports, as it happens, until the signal aborts (the
 * client stops listening). Only its owner may watch an id; that is checked here, before anything
 * is streamed, so a refusal is an ordinary error.
 */
export function watchImportProgress(
  progressId: string,
  ownerId: string | null,
  signal?: AbortSignal,
): AsyncGenerator<TImportProgress> {
  const watch = watches.get(progressId) ?? { ownerId, listeners: new Set() };
  if (watch.ownerId !== ownerId) {
    throw new DomainError("FORBIDDEN", "another user follows this import", "progressId");
  }
  watches.set(progressId, watch);
  const queue: TImportProgress[] = [];
  let wake: (() => void) | undefined;
  const listener = (progress: TImportProgress) => {
    queue.push(progress);
    wake?.();
  };
  const stop = () => {
    watch.listeners.delete(listener);
    signal?.removeEventListener("abort", onAbort);
    if (watch.listeners.size === 0 && watches.get(progressId) === watch) {
      watches.delete(progressId);
    }
  };
  const onAbort = () => {
    stop();
    wake?.();
  };
  watch.listeners.add(listener);
  signal?.addEventListener("abort", onAbort);
  return (async function* () {
    try {
      while (!signal?.aborted) {
        if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        while (queue.length > 0) yield queue.shift()!;
      }
    } finally {
      stop();
    }
  })();
}

/** How many progress ids are watched now (tests check nothing is left behind). */
export function watchedImports(): number {
  return watches.size;
}
