import { useQuery } from "@tanstack/react-query";
import { TAG_VOCABULARIES, TAG_VOCABULARY_LABELS, type TTag } from "@xroi/validators";
import { Tabs } from "radix-ui";
import { useState } from "react";
import { Button } from "../../components/button";
import { Notice } from "../../components/notice";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { HistoryDialog } from "../history-dialog";
import { DeleteTagDialog } from "./delete-tag-dialog";
import { MergeTagDialog } from "./merge-tag-dialog";
import { TagDialog } from "./tag-dialog";

type TVocabulary = (typeof TAG_VOCABULARIES)[number];

/** The controlled vocabularies assets are tagged with: one tab each, tags with their asset counts. */
export function VocabulariesSection({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const tags = useQuery(trpc.taxonomy.tags.queryOptions({}));
  const [vocabulary, setVocabulary] = useState<TVocabulary>("goal");
  const [editing, setEditing] = useState<TTag | "new" | null>(null);
  const [merging, setMerging] = useState<TTag | null>(null);
  const [deleting, setDeleting] = useState<TTag | null>(null);
  const [history, setHistory] = useState<TTag | null>(null);
  const [notice, setNotice] = useState<string>();
  const all = tags.data ?? [];

  return (
    <div className="grid gap-3">
      <Notice tone="ok">{notice}</Notice>
      <Notice tone="error">{tags.error ? errorMessage(tags.error) : undefined}</Notice>
      <Tabs.Root value={vocabulary} onValueChange={(v) => setVocabulary(v as TVocabulary)}>
        <div className="flex flex-wrap items-center gap-3">
          <Tabs.List
            aria-label="Vocabularies"
            className="inline-flex flex-wrap gap-1 rounded-lg bg-muted p-1"
          >
            {TAG_VOCABULARIES.map((v) => (
              <Tabs.Trigger
                key={v}
                value={v}
                className="rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring data-[state=active]:bg-background data-[state=active]:text-foreground data-[state=active]:shadow-sm"
              >
                {TAG_VOCABULARY_LABELS[v]}{" "}
                <span className="text-xs tabular-nums text-muted-foreground">
                  {all.filter((t) => t.vocabulary === v).length}
                </span>
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {canEdit ? (
            <Button className="ml-auto" onClick={() => setEditing("new")}>
              New tag
            </Button>
          ) : null}
        </div>
        {TAG_VOCABULARIES.map((v) => {
          const list = all.filter((t) => t.vocabulary === v);
          return (
            <Tabs.Content key={v} value={v} className="mt-4 focus-visible:outline-none">
              <Table aria-label={TAG_VOCABULARY_LABELS[v]}>
                <THead>
                  <tr>
                    <TH>Tag</TH>
                    <TH>Description</TH>
                    <TH className="text-right">Assets</TH>
                    <TH className="text-right">Actions</TH>
                  </tr>
                </THead>
                <TBody>
                  {list.map((tag) => (
                    <TR key={tag.id}>
                      <TD className="font-medium">{tag.label}</TD>
                      <TD className="max-w-md text-muted-foreground">
                        <span className="line-clamp-2">{tag.description || "—"}</span>
                      </TD>
                      <TD className="text-right tabular-nums">{tag.assetCount}</TD>
                      <TD className="whitespace-nowrap text-right">
                        {canEdit ? (
                          <>
                            <Button
                              variant="ghost"
                              size="sm"
                              aria-label={`Rename ${tag.label}`}
                              onClick={() => setEditing(tag)}
                            >
                              Rename
                            </Button>
                            <Button
                              variant="ghost"
                              size="sm"
                              aria-label={`Merge ${tag.label}`}
                              disabled={list.length < 2}
                              onClick={() => setMerging(tag)}
                            >
                              Merge
                            </Button>
                          </>
                        ) : null}
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`History of ${tag.label}`}
                          onClick={() => setHistory(tag)}
                        >
                          History
                        </Button>
                        {canEdit ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            className="text-destructive"
                            aria-label={`Delete ${tag.label}`}
                            onClick={() => setDeleting(tag)}
                          >
                            Delete
                          </Button>
                        ) : null}
                      </TD>
                    </TR>
                  ))}
                  {tags.data && list.length === 0 ? (
                    <tr>
                      <TD colSpan={4} className="py-10 text-center text-muted-foreground">
                        No {TAG_VOCABULARY_LABELS[v].toLowerCase()} yet.
                      </TD>
                    </tr>
                  ) : null}
                </TBody>
              </Table>
            </Tabs.Content>
          );
        })}
      </Tabs.Root>
      <TagDialog
        open={editing !== null}
        vocabulary={vocabulary}
        tag={editing === "new" || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
        onSaved={setNotice}
      />
      <MergeTagDialog
        source={merging}
        tags={all}
        onClose={() => setMerging(null)}
        onMerged={setNotice}
      />
      <DeleteTagDialog
        tag={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(tag) => setNotice(`Deleted “${tag.label}”.`)}
      />
      <HistoryDialog
        entity={history ? { type: "tag", id: history.id, name: history.label } : null}
        onClose={() => setHistory(null)}
      />
    </div>
  );
}
