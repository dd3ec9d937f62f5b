import { useQuery } from "@tanstack/react-query";
import type { TSkill, TSkillDetail } from "@xroi/validators";
import { useState } from "react";
import { Badge } from "../../components/badge";
import { Button } from "../../components/button";
import { Input, NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useDebounced } from "../../lib/use-debounced";
import { useTRPC } from "../../trpc";
import { HistoryDialog, type THistoryEntity } from "../history-dialog";
import { PageHeader } from "../page-header";
import { DeleteSkillDialog } from "./delete-skill-dialog";
import { ExportDialog } from "./export-dialog";
import { FrameworkDialog } from "./framework-dialog";
import { ImportWizard } from "./import-wizard";
import { ReleasesDialog } from "./releases-dialog";
import { SearchResults } from "./search-results";
import { SkillDetail, type TDetailAction } from "./skill-detail";
import { SkillDialog, type TSkillDraft } from "./skill-dialog";
import { SkillTree } from "./skill-tree";
import { toggled } from "./tree-keys";

const number = new Intl.NumberFormat("en");
type TEditing = { skill?: TSkillDetail; draft?: TSkillDraft };

/** Where "New skill" puts things: inside the selected group, or beside the selected skill. */
function draftFor(kind: "group" | "skill", selected?: TSkill): TSkillDraft {
  if (!selected) return { kind, parent: null };
  if (selected.kind === "group") {
    return {
      kind,
      parent: { id: selected.id, label: [...selected.path, selected.name].join(" › ") },
    };
  }
  return {
    kind,
    parent: selected.parentId ? { id: selected.parentId, label: selected.path.join(" › ") } : null,
  };
}

/** The skill map: a framework's tree of groups and skills, searched, edited, and imported into. */
export function SkillsScreen({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const frameworks = useQuery(trpc.skills.frameworks.queryOptions());
  const [chosenId, setChosenId] = useState<string>();
  const framework = frameworks.data?.find((f) => f.id === chosenId) ?? frameworks.data?.[0];
  const [search, setSearch] = useState("");
  const term = useDebounced(search.trim(), 250);
  const [selected, setSelected] = useState<TSkill>();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [frameworkDialog, setFrameworkDialog] = useState<"new" | "edit" | null>(null);
  const [editing, setEditing] = useState<TEditing | null>(null);
  const [deleting, setDeleting] = useState<TSkillDetail | null>(null);
  const [history, setHistory] = useState<{ type: THistoryEntity; id: string; name: string } | null>(
    null,
  );
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [showReleases, setShowReleases] = useState(false);
  const [notice, setNotice] = useState<string>();

  const chooseFramework = (id: string) => {
    setChosenId(id);
    setSelected(undefined);
    setExpanded(new Set());
    setSearch("");
  };
  const select = (skill: TSkill) => {
    setSelected(skill);
    if (skill.kind === "group" || skill.childCount > 0) {
      setExpanded((open) => toggled(open, skill.id, true));
    }
  };
  const onAction = (action: TDetailAction, skill: TSkillDetail) => {
    setNotice(undefined);
    if (action === "edit") setEditing({ skill });
    if (action === "add-skill" || action === "add-group") {
      setEditing({ draft: draftFor(action === "add-group" ? "group" : "skill", skill) });
    }
    if (action === "delete") setDeleting(skill);
    if (action === "history") setHistory({ type: "skill", id: skill.id, name: skill.name });
  };

  return (
    <section>
      <PageHeader
        title="Skills"
        description="Frameworks of skills in groups, with behaviours for each level of their proficiency scale. Roles and learning assets point at these."
        actions={
          canEdit ? (
            <Button variant="outline" onClick={() => setFrameworkDialog("new")}>
              New framework
            </Button>
          ) : null
        }
      />
      <Notice tone="error" className="mb-3">
        {frameworks.error ? errorMessage(frameworks.error) : undefined}
      </Notice>
      {frameworks.data?.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border bg-background p-8 text-sm text-muted-foreground">
          No frameworks yet.
          {canEdit ? " Create one, then add groups and skills by hand or import ESCO." : ""}
        </p>
      ) : null}
      {framework ? (
        <>
          <div className="mb-4 flex flex-wrap items-center gap-3">
            <NativeSelect
              aria-label="Framework"
              className="max-w-xs"
              value={framework.id}
              onChange={(e) => chooseFramework(e.target.value)}
            >
              {frameworks.data?.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </NativeSelect>
            <span className="text-sm text-muted-foreground">
              {number.format(framework.skillCount)} skills · {number.format(framework.groupCount)}{" "}
              groups · {framework.levels.length}-level scale
              {framework.version ? ` · ${framework.version}` : ""}
            </span>
            {framework.source !== "manual" ? <Badge>{framework.source.toUpperCase()}</Badge> : null}
            <div className="ml-auto flex gap-2">
              <Button
                variant="outline"
                size="sm"
                onClick={() =>
                  setHistory({ type: "skill_framework", id: framework.id, name: framework.name })
                }
              >
                History
              </Button>
              <Button variant="outline" size="sm" onClick={() => setShowReleases(true)}>
                Releases
              </Button>
              <Button variant="outline" size="sm" onClick={() => setExporting(true)}>
                Export…
              </Button>
              {canEdit ? (
                <>
                  <Button variant="outline" size="sm" onClick={() => setFrameworkDialog("edit")}>
                    Edit framework
                  </Button>
                  <Button variant="outline" size="sm" onClick={() => setImporting(true)}>
                    Import…
                  </Button>
                </>
              ) : null}
            </div>
          </div>
          <Notice tone="ok" className="mb-3">
            {notice}
          </Notice>
          <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
            <div className="rounded-lg border border-border bg-background">
              <div className="flex flex-wrap items-center gap-2 border-b border-border p-3">
                <Input
                  type="search"
                  aria-label="Search skills"
                  placeholder="Search names, labels, URIs, descriptions"
                  className="max-w-sm flex-1"
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                />
                {canEdit ? (
                  <div className="ml-auto flex gap-2">
                    <Button
                      variant="outline"
                      size="sm"
                      onClick={() => setEditing({ draft: draftFor("group", selected) })}
                    >
                      New group
                    </Button>
                    <Button
                      size="sm"
                      onClick={() => setEditing({ draft: draftFor("skill", selected) })}
                    >
                      New skill
                    </Button>
                  </div>
                ) : null}
              </div>
              <div className="max-h-[65vh] overflow-y-auto p-2">
                {term ? (
                  <SearchResults
                    key={`${framework.id}:${term}`}
                    frameworkId={framework.id}
                    term={term}
                    selectedId={selected?.id}
                    onSelect={select}
                  />
                ) : (
                  <SkillTree
                    key={framework.id}
                    frameworkId={framework.id}
                    frameworkName={framework.name}
                    selectedId={selected?.id}
                    expanded={expanded}
                    onSelect={select}
                    onToggle={(id, open) => setExpanded((set) => toggled(set, id, open))}
                  />
                )}
              </div>
            </div>
            <aside
              aria-label="Selected item"
              className="rounded-lg border border-border bg-background lg:sticky lg:top-4"
            >
              {selected ? (
                <SkillDetail
                  skillId={selected.id}
                  framework={framework}
                  canEdit={canEdit}
                  onAction={onAction}
                />
              ) : (
                <p className="p-5 text-sm text-muted-foreground">
                  Choose a skill or group to see its behaviours{canEdit ? " and edit it" : ""}.
                </p>
              )}
            </aside>
          </div>
          {editing ? (
            <SkillDialog
              framework={framework}
              skill={editing.skill}
              draft={editing.draft}
              onClose={() => setEditing(null)}
              onSaved={(saved, isNew) => {
                setNotice(`${isNew ? "Created" : "Saved"} “${saved.name}”.`);
                setSelected(saved);
                if (saved.parentId) setExpanded((open) => toggled(open, saved.parentId!, true));
              }}
            />
          ) : null}
          <ExportDialog framework={framework} open={exporting} onOpenChange={setExporting} />
          <ReleasesDialog
            framework={framework}
            open={showReleases}
            onOpenChange={setShowReleases}
          />
          <ImportWizard
            framework={framework}
            open={importing}
            onOpenChange={setImporting}
            onImported={setNotice}
          />
        </>
      ) : null}
      <FrameworkDialog
        open={frameworkDialog !== null}
        onOpenChange={(open) => !open && setFrameworkDialog(null)}
        framework={frameworkDialog === "edit" ? framework : undefined}
        onSaved={(id, name) => {
          setNotice(`${frameworkDialog === "edit" ? "Saved" : "Created"} framework “${name}”.`);
          if (frameworkDialog === "new") chooseFramework(id);
        }}
      />
      <DeleteSkillDialog
        skill={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(skill) => {
          setNotice(`Deleted “${skill.name}”.`);
          setSelected(undefined);
        }}
      />
      <HistoryDialog entity={history} onClose={() => setHistory(null)} />
    </section>
  );
}
