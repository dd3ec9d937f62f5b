import { useQuery, useQueryClient } from "@tanstack/react-query";
import { PEOPLE_PATHS } from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { AppLink, type TNavigation } from "../../shell/app-shell";
import { useTRPC } from "../../trpc";
import { PageHeader } from "../page-header";
import { HistoryPanel } from "./history-panel";
import { IdentifiersPanel } from "./identifiers-panel";
import { LearningPanel } from "./learning-panel";
import { MergeDialog } from "./merge-dialog";
import { MergesPanel } from "./merges-panel";
import { PersonDialog } from "./person-dialog";
import { SplitDialog } from "./split-dialog";

/** One person: identifiers, organisation and team, learning activity, merges, history. */
export function PersonPage({
  nav,
  id,
  isAdmin,
}: {
  nav: TNavigation;
  id: string;
  isAdmin: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const person = useQuery(trpc.people.get.queryOptions({ id }));
  const [dialog, setDialog] = useState<"edit" | "merge" | "split">();
  const [message, setMessage] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
  const p = person.data;
  if (!p)
    return <Notice tone="error">{person.error ? errorMessage(person.error) : undefined}</Notice>;
  const canEdit = isAdmin && p.status === "active";
  return (
    <div className="grid gap-6">
      <div>
        <nav aria-label="Breadcrumb" className="mb-1 text-sm text-muted-foreground">
          <AppLink
            nav={nav}
            path={PEOPLE_PATHS.list}
            className="hover:text-foreground hover:underline"
          >
            People
          </AppLink>{" "}
          › <span aria-current="page">{p.displayName}</span>
        </nav>
        <PageHeader
          title={p.displayName}
          description={[p.organization?.name ?? "No organisation", p.team?.name]
            .filter(Boolean)
            .join(" · ")}
          actions={
            canEdit ? (
              <>
                <Button variant="outline" onClick={() => setDialog("edit")}>
                  Edit
                </Button>
                <Button variant="outline" onClick={() => setDialog("merge")}>
                  Merge…
                </Button>
                <Button
                  variant="outline"
                  disabled={p.identifiers.length < 2}
                  onClick={() => setDialog("split")}
                >
                  Split…
                </Button>
              </>
            ) : undefined
          }
        />
        {p.status === "merged" ? (
          <p className="text-sm">
            <Badge tone="warning">Merged</Badge> into{" "}
            {p.mergedInto ? (
              <AppLink
                nav={nav}
                path={PEOPLE_PATHS.person(p.mergedInto.id)}
                className="text-primary hover:underline"
              >
                {p.mergedInto.name}
              </AppLink>
            ) : (
              "another person"
            )}
            ; its IDs and learning are there now.
          </p>
        ) : null}
        <Notice tone="ok">{message}</Notice>
      </div>
      <IdentifiersPanel person={p} canEdit={canEdit} onChanged={refresh} />
      <LearningPanel learning={p.learning} />
      <MergesPanel
        nav={nav}
        person={p}
        isAdmin={isAdmin}
        onChanged={refresh}
        onMessage={setMessage}
      />
      <HistoryPanel personId={p.id} />
      {canEdit ? (
        <>
          <PersonDialog
            open={dialog === "edit"}
            onOpenChange={(open) => setDialog(open ? "edit" : undefined)}
            person={{
              id: p.id,
              displayName: p.displayName,
              organizationId: p.organization?.id ?? null,
              teamId: p.team?.id ?? null,
            }}
            onSaved={() => setMessage("Saved.")}
          />
          <MergeDialog
            open={dialog === "merge"}
            onOpenChange={(open) => setDialog(open ? "merge" : undefined)}
            survivor={{ id: p.id, name: p.displayName }}
            onMerged={(text) => {
              setMessage(text);
              void refresh();
            }}
          />
          <SplitDialog
            open={dialog === "split"}
            onOpenChange={(open) => setDialog(open ? "split" : undefined)}
            person={p}
            onSplit={(newId, text) => {
              setMessage(text);
              void refresh();
              nav.navigate(PEOPLE_PATHS.person(newId));
            }}
          />
        </>
      ) : null}
    </div>
  );
}
