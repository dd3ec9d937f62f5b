import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { History, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { ConfirmDialog } from "../../components/dialog";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { HistoryDialog } from "../history-dialog";
import { cellKey, indexCells, levelNames, roleCounts } from "./matrix";
import { MatrixCell } from "./matrix-cell";
import { RequireSkillDialog } from "./require-skill-dialog";
import { RoleDialog, type TRole } from "./role-dialog";

/** The role matrix: skills down, roles across, each cell a target level (essential or optional). */
export function RolesSection({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const matrix = useQuery(trpc.taxonomy.roleMatrix.queryOptions());
  const frameworks = useQuery(trpc.skills.frameworks.queryOptions());
  const [openCell, setOpenCell] = useState<string>();
  const [editing, setEditing] = useState<TRole | "new" | null>(null);
  const [deleting, setDeleting] = useState<TRole | null>(null);
  const [history, setHistory] = useState<TRole | null>(null);
  const [isRequiring, setIsRequiring] = useState(false);
  const [notice, setNotice] = useState<string>();
  const remove = useMutation(
    trpc.taxonomy.deleteRole.mutationOptions({
      onSuccess: () => {
        setNotice(`Deleted role “${deleting?.name}”.`);
        setDeleting(null);
        void queryClient.invalidateQueries({ queryKey: trpc.taxonomy.pathKey() });
      },
    }),
  );
  const data = matrix.data;
  const cells = indexCells(data?.cells ?? []);
  const names = levelNames(frameworks.data);
  const roles = data?.roles ?? [];

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-muted-foreground">
          <span className="font-semibold text-foreground">Bold</span>: essential ·{" "}
          <span className="italic">muted, dashed</span>: optional · —: not required.
          {canEdit ? " Click a cell to set or clear its target level." : ""}
        </p>
        {canEdit ? (
          <div className="ml-auto flex gap-2">
            <Button variant="outline" onClick={() => setEditing("new")}>
              New role
            </Button>
            <Button disabled={roles.length === 0} onClick={() => setIsRequiring(true)}>
              Add required skill
            </Button>
          </div>
        ) : null}
      </div>
      <Notice tone="ok">{notice}</Notice>
      <Notice tone="error">{matrix.error ? errorMessage(matrix.error) : undefined}</Notice>
      {data && roles.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border bg-background p-8 text-sm text-muted-foreground">
          No roles yet.{canEdit ? " Create one, then add the skills it requires." : ""}
        </p>
      ) : null}
      {data && roles.length > 0 ? (
        <div className="max-h-[70vh] overflow-auto rounded-lg border border-border bg-background">
          <table
            aria-label="Role matrix"
            className="w-full border-separate border-spacing-0 text-sm"
          >
            <thead>
              <tr>
                <th
                  scope="col"
                  className="sticky left-0 top-0 z-20 min-w-48 border-b border-r border-border bg-muted px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted-foreground"
                >
                  Skill
                </th>
                {roles.map((role) => {
                  const counts = roleCounts(data.cells, role.id);
                  return (
                    <th
                      key={role.id}
                      scope="col"
                      className="sticky top-0 z-10 min-w-36 border-b border-border bg-muted px-2 py-2 text-left align-top font-normal"
                    >
                      <div className="font-semibold">{role.name}</div>
                      <div className="text-xs text-muted-foreground">
                        {role.kind === "member_segment" ? (
                          <Badge className="mr-1">segment</Badge>
                        ) : null}
                        {counts.essential} essential · {counts.optional} optional
                      </div>
                      <div className="mt-1 flex gap-0.5">
                        {canEdit ? (
                          <Button
                            variant="ghost"
                            size="icon"
                            className="size-7"
                            aria-label={`Edit role ${role.name}`}
                            title="Edit"
                            onClick={() => setEditing(role)}
                          >
                            <Pencil />
                          </Button>
                        ) : null}
                        <Button
                          variant="ghost"
                          size="icon"
                          className="size-7"
                          aria-label={`History of role ${role.name}`}
                          title="History"
                          onClick={() => setHistory(role)}
                        >
                          <History />
                        </Button>
                        {canEdit ? (
                          <Button
                            variant="ghost"
                            size="icon"
                            className="size-7 text-destructive"
                            aria-label={`Delete role ${role.name}`}
                            title="Delete"
                            onClick={() => {
                              remove.reset();
                              setDeleting(role);
                            }}
                          >
                            <Trash2 />
                          </Button>
                        ) : null}
                      </div>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {data.skills.map((skill) => {
                const levels = skill.levels.map((level) => ({
                  level,
                  label: names.get(skill.frameworkId)?.get(level) ?? "",
                }));
                return (
                  <tr key={skill.id} className="group">
                    <th
                      scope="row"
                      className="sticky left-0 z-10 border-b border-r border-border bg-background px-3 py-1.5 text-left font-medium group-hover:bg-muted/40"
                    >
                      {skill.name}
                      {skill.isRetired ? (
                        <Badge tone="danger" className="ml-1.5">
                          retired
                        </Badge>
                      ) : null}
                    </th>
                    {roles.map((role) => {
                      const key = cellKey(role.id, skill.id);
                      return (
                        <td
                          key={role.id}
                          className="border-b border-border p-1 group-hover:bg-muted/20"
                        >
                          <MatrixCell
                            roleId={role.id}
                            roleName={role.name}
                            skillId={skill.id}
                            skillName={skill.name}
                            cell={cells.get(key)}
                            levels={levels}
                            canEdit={canEdit}
                            isOpen={openCell === key}
                            onOpenChange={(open) => setOpenCell(open ? key : undefined)}
                          />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {data.skills.length === 0 ? (
                <tr>
                  <td
                    colSpan={roles.length + 1}
                    className="px-3 py-10 text-center text-muted-foreground"
                  >
                    No role requires a skill yet.{canEdit ? " Use “Add required skill”." : ""}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      ) : null}
      <RoleDialog
        open={editing !== null}
        role={editing === "new" || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
        onSaved={(name, isNew) => setNotice(`${isNew ? "Created" : "Saved"} role “${name}”.`)}
      />
      <RequireSkillDialog
        open={isRequiring}
        roles={roles}
        onClose={() => setIsRequiring(false)}
        onSaved={setNotice}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete role “${deleting?.name ?? ""}”?`}
        description="The role and its required skills are removed. Its history stays in the audit log."
        confirmLabel="Delete role"
        isPending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : undefined}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      />
      <HistoryDialog
        entity={history ? { type: "job_role", id: history.id, name: history.name } : null}
        onClose={() => setHistory(null)}
      />
    </div>
  );
}
