/**
 * One reason a statement or request is refused: `path` names the offending property the way a
 * developer would write it (`statements[3].actor.mbox`), `rule` says what it must be
 * (`must be a mailto IRI`). The LRS answers 400 with `${path}: ${rule}`.
 */
export type TProblem = { path: string; rule: string };

export function describeProblem(problem: TProblem): string {
  return problem.path ? `${problem.path}: ${problem.rule}` : problem.rule;
}
