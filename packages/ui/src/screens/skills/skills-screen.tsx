import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TSkill } from "@xroi/validators";
import { useEffect, useState } from "react";
import { Button } from "../../components/button";
import { ConfirmDialog } from "../../components/dialog";
import { Notice } from "../../components/notice";
import { Input } from "../../components/input";
import { Table, TBody, TD, TH, THead, TR } from "../../components/table";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { PageHeader } from "../page-header";
import { SkillFormDialog } from "./skill-form-dialog";

const PAGE_SIZE = 20;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function SkillsScreen({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const term = useDebounced(search.trim(), 250);
  const [editing, setEditing] = useState<TSkill | "new" | null>(null);
  const [deleting, setDeleting] = useState<TSkill | null>(null);
  const [notice, setNotice] = useState<string>();

  const list = useQuery({
    ...trpc.skills.list.queryOptions({ search: term || undefined, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation(
    trpc.skills.delete.mutationOptions({
      onSuccess: () => {
        setNotice(`Deleted “${deleting?.name}”.`);
        setDeleting(null);
        // Deleting the only row of the last page would otherwise leave an empty page.
        if (list.data && list.data.items.length === 1 && page > 1) setPage(page - 1);
        void queryClient.invalidateQueries({ queryKey: trpc.skills.pathKey() });
      },
    }),
  );
  const data = list.data;

  return (
    <section>
      <PageHeader
        title="Skills"
        description="The skills people learn. Courses, roles and reports refer to these."
        actions={canEdit ? <Button onClick={() => setEditing("new")}>New skill</Button> : null}
      />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Input
          type="search"
          aria-label="Search skills"
          placeholder="Search by name, description or category"
          className="max-w-sm"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
        />
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {data
            ? `${data.total} skill${data.total === 1 ? "" : "s"}${term ? ` matching “${term}”` : ""}`
            : "Loading…"}
        </p>
      </div>
      <Notice tone="ok" className="mb-3">
        {notice}
      </Notice>
      <Notice tone="error" className="mb-3">
        {list.error ? errorMessage(list.error) : undefined}
      </Notice>
      <Table aria-label="Skills">
        <THead>
          <tr>
            <TH>Name</TH>
            <TH>Category</TH>
            <TH>Description</TH>
            {canEdit ? <TH className="w-40 text-right">Actions</TH> : null}
          </tr>
        </THead>
        <TBody>
          {data?.items.map((skill) => (
            <TR key={skill.id}>
              <TD className="font-medium">{skill.name}</TD>
              <TD className="text-muted-foreground">{skill.category ?? "—"}</TD>
              <TD className="max-w-md text-muted-foreground">
                <span className="line-clamp-2">{skill.description || "—"}</span>
              </TD>
              {canEdit ? (
                <TD className="text-right">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Edit ${skill.name}`}
                    onClick={() => setEditing(skill)}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    className="text-destructive"
                    aria-label={`Delete ${skill.name}`}
                    onClick={() => {
                      remove.reset();
                      setDeleting(skill);
                    }}
                  >
                    Delete
                  </Button>
                </TD>
              ) : null}
            </TR>
          ))}
          {data && data.items.length === 0 ? (
            <tr>
              <TD colSpan={canEdit ? 4 : 3} className="py-10 text-center text-muted-foreground">
                {term ? `No skills match “${term}”.` : "No skills yet."}
              </TD>
            </tr>
          ) : null}
        </TBody>
      </Table>
      {data && data.pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-end gap-3 text-sm">
          <Button
            variant="outline"
            size="sm"
            disabled={page <= 1}
            onClick={() => setPage((p) => p - 1)}
          >
            Previous
          </Button>
          <span>
            Page {data.page} of {data.pageCount}
          </span>
          <Button
            variant="outline"
            size="sm"
            disabled={page >= data.pageCount}
            onClick={() => setPage((p) => p + 1)}
          >
            Next
          </Button>
        </nav>
      ) : null}
      <SkillFormDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        skill={editing === "new" || editing === null ? undefined : editing}
        onSaved={(skill) =>
          setNotice(editing === "new" ? `Created “${skill.name}”.` : `Saved “${skill.name}”.`)
        }
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.name ?? ""}”?`}
        description="The skill is removed for everyone. Its history stays in the audit log."
        confirmLabel="Delete skill"
        isPending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
    </section>
  );
}
