import type { TLearningSummary } from "@xroi/validators";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");
/** The last path segment of a verb or activity IRI reads better than the whole IRI. */
const short = (iri: string) => iri.replace(/\/+$/, "").split("/").pop() ?? iri;

/** What the LRS holds from this person's xAPI actors. */
export function LearningPanel({ learning }: { learning: TLearningSummary }) {
  return (
    <section aria-labelledby="learning-heading" className="grid gap-3">
      <h2 id="learning-heading" className="text-lg font-semibold">
        Learning activity
      </h2>
      {learning.statements === 0 ? (
        <p className="text-sm text-muted-foreground">
          No xAPI statements from this person{learning.actors.length === 0 ? "’s IDs yet" : ""}.
        </p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {[
              ["Statements", learning.statements.toLocaleString("en")],
              ["Completions", learning.completions.toLocaleString("en")],
              ["First activity", day(learning.firstActivity)],
              ["Last activity", day(learning.lastActivity)],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg border border-border p-3">
                <dt className="text-xs text-muted-foreground">{label}</dt>
                <dd className="text-lg font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <div className="grid gap-4 text-sm sm:grid-cols-2">
            <div>
              <h3 className="mb-1 font-medium">Top verbs</h3>
              <ul className="grid gap-0.5">
                {learning.topVerbs.map((v) => (
                  <li key={v.id} title={v.id}>
                    {short(v.id)} <span className="text-muted-foreground">({v.count})</span>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="mb-1 font-medium">Top activities</h3>
              <ul className="grid gap-0.5">
                {learning.topActivities.map((a) => (
                  <li key={a.id} title={a.id} className="truncate">
                    {short(a.id)} <span className="text-muted-foreground">({a.count})</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </>
      )}
      {learning.actors.length > 0 ? (
        <p className="text-xs text-muted-foreground">
          From {learning.actors.length === 1 ? "the xAPI actor" : "the xAPI actors"}{" "}
          {learning.actors.join(", ")}
        </p>
      ) : null}
    </section>
  );
}
