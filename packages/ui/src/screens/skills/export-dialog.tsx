import { useQueryClient } from "@tanstack/react-query";
import type { TFramework, TFrameworkExportResult } from "@xroi/validators";
import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { downloadBase64 } from "../../lib/files";
import { useTRPC } from "../../trpc";

type TFormat = TFrameworkExportResult["format"];
const FORMATS: { value: TFormat; label: string; hint: string; files: string[] }[] = [
  {
    value: "esco",
    label: "ESCO CSV",
    hint: "Three files, as the ESCO download has them: skills, skill groups, and the broader relations that make the tree.",
    files: ["skills_en.csv", "skillGroups_en.csv", "broaderRelationsSkillPillar_en.csv"],
  },
  {
    value: "generic",
    label: "Generic CSV",
    hint: "One row per skill or group: uri, name, alt_labels, description, parent_uri, kind.",
    files: ["skills.csv"],
  },
  {
    value: "json",
    label: "JSON",
    hint: "The framework's name and version, and its skills with their parents.",
    files: ["skills.json"],
  },
];

/**
 * Downloads a framework in the formats the import reads, so each file imports back into the same
 * tree. Each ESCO file has its own button: browsers hold back several downloads from one click.
 */
export function ExportDialog({
  framework,
  open,
  onOpenChange,
}: {
  framework: TFramework;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<string>();
  const [error, setError] = useState<string>();
  const [notes, setNotes] = useState<string[]>([]);
  const download = async (format: TFormat, index: number) => {
    setPending(`${format}:${index}`);
    setError(undefined);
    try {
      const exported = await queryClient.fetchQuery({
        ...trpc.skills.exportFramework.queryOptions({ frameworkId: framework.id, format }),
        // The three ESCO buttons share one export; a later visit exports afresh.
        staleTime: 60_000,
      });
      const file = exported.files[index];
      if (file) downloadBase64(file.fileName, file.contentType, file.contentBase64);
      setNotes(exported.notes);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setPending(undefined);
    }
  };
  const close = (next: boolean) => {
    if (next) return onOpenChange(true);
    setError(undefined);
    setNotes([]);
    void queryClient.removeQueries({ queryKey: trpc.skills.exportFramework.queryKey() });
    onOpenChange(false);
  };
  return (
    <Dialog
      wide
      open={open}
      onOpenChange={close}
      title={`Export “${framework.name}”`}
      description="Its current skills and groups (retired ones are left out), in the formats Import… reads: each file imports back into the same tree. Behaviours and the scale are not in these files."
    >
      <ul aria-label="Export formats" className="grid gap-3">
        {FORMATS.map((f) => (
          <li key={f.value} className="grid gap-2 rounded-md border border-border p-3">
            <div className="text-sm">
              <p className="font-medium">{f.label}</p>
              <p className="text-xs text-muted-foreground">{f.hint}</p>
            </div>
            <div className="flex flex-wrap gap-2">
              {f.files.map((name, i) => (
                <Button
                  key={name}
                  variant="outline"
                  size="sm"
                  disabled={pending !== undefined}
                  aria-label={`Download ${f.label} ${name}`}
                  onClick={() => void download(f.value, i)}
                >
                  <Download aria-hidden />
                  {pending === `${f.value}:${i}` ? "Exporting…" : name}
                </Button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      {notes.length > 0 ? (
        <ul aria-label="Notes" className="list-disc pl-5 text-sm text-muted-foreground">
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
      <Notice tone="error">{error}</Notice>
      <div className="flex justify-end">
        <Button variant="outline" onClick={() => close(false)}>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
