import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import type { TFramework, TFrameworkImportInput } from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { Dialog } from "../../components/dialog";
import { Field } from "../../components/field";
import { Input } from "../../components/input";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { cn } from "../../lib/cn";
import { randomId } from "../../lib/random-id";
import { readFilesAsBase64 } from "../../lib/read-files";
import { watchUpload } from "../../lib/upload-progress";
import { useTRPC } from "../../trpc";
import { importChangeCount } from "./import-examples";
import { ImportPreview } from "./import-preview";
import { progressStages, type TProgressState } from "./import-progress";
import { ImportProgressView } from "./import-progress-view";

const number = new Intl.NumberFormat("en");
type TImportFormat = TFrameworkImportInput["format"];
/** The server takes up to 64 million base64 characters per file. */
const MAX_FILE_BYTES = 48 * 1024 * 1024;
const FORMATS: { value: TImportFormat; label: string; hint: string }[] = [
  {
    value: "esco",
    label: "ESCO CSV",
    hint: "The skills, skill groups and broader relations files from the ESCO download.",
  },
  {
    value: "generic",
    label: "Generic CSV",
    hint: "One row per skill or group. Columns: uri and name (required), alt_labels, description, parent_uri, kind.",
  },
  {
    value: "json",
    label: "JSON",
    hint: '{ "skills": [{ uri, name, altLabels, description, parentUri, kind }] }',
  },
];
const SLOTS: Record<TImportFormat, { key: string; label: string; hint?: string }[]> = {
  esco: [
    { key: "skills", label: "Skills file", hint: "skills_en.csv (required)" },
    { key: "groups", label: "Skill groups file", hint: "skillGroups_en.csv" },
    { key: "broader", label: "Broader relations file", hint: "broaderRelationsSkillPillar_en.csv" },
  ],
  generic: [{ key: "file", label: "CSV file" }],
  json: [{ key: "file", label: "JSON file" }],
};
const STEPS = ["Choose files", "Check", "Import"] as const;

/** Import a framework file in three steps: choose, check every line, then apply all or nothing. */
export function ImportWizard({
  framework,
  open,
  onOpenChange,
  onImported,
}: {
  framework: TFramework;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onImported: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // One id per visit: the server reports this import's phases under it, and the web shell
  // reports the upload of calls made with it.
  const [progressId, setProgressId] = useState(randomId);
  const [progress, setProgress] = useState<TProgressState>();
  useSubscription(
    trpc.skills.importProgress.subscriptionOptions(
      { progressId },
      {
        enabled: open,
        onData: (server) => setProgress((p) => (p?.sending ? { ...p, server } : p)),
      },
    ),
  );
  const followed = { trpc: { context: { uploadId: progressId } } };
  const preview = useMutation(trpc.skills.previewImport.mutationOptions(followed));
  const apply = useMutation(trpc.skills.applyImport.mutationOptions(followed));
  const [format, setFormat] = useState<TImportFormat>("esco");
  const [version, setVersion] = useState("");
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const [request, setRequest] = useState<TFrameworkImportInput>();
  const [isReading, setIsReading] = useState(false);
  const [problem, setProblem] = useState<string>();
  const step = apply.isPending || apply.isSuccess ? 2 : request && preview.data ? 1 : 0;
  const chosen = SLOTS[format].map((s) => files[s.key]).filter((f): f is File => !!f);
  const close = () => {
    setFiles({});
    setVersion("");
    setRequest(undefined);
    setProblem(undefined);
    preview.reset();
    apply.reset();
    setProgress(undefined);
    setProgressId(randomId());
    onOpenChange(false);
  };
  /** Sends a call with its upload followed; the server's phases arrive through the subscription. */
  const send = (step: TProgressState["step"], request: TFrameworkImportInput) => {
    const bytes = request.files.reduce((n, f) => n + f.contentBase64.length, 0);
    setProgress((p) => ({ ...(step === p?.step ? p : { step }), sending: { bytes } }));
    return watchUpload(progressId, (upload) =>
      setProgress((p) => (p?.sending ? { ...p, sending: { bytes, upload } } : p)),
    );
  };
  const check = async () => {
    if (!version.trim()) return setProblem("Version: is required, e.g. ESCO v1.2.0 or 2026-03");
    if (!files[SLOTS[format][0]!.key])
      return setProblem(`${SLOTS[format][0]!.label}: choose a file`);
    const tooBig = chosen.find((f) => f.size > MAX_FILE_BYTES);
    if (tooBig) return setProblem(`${tooBig.name}: must be at most 48 MB`);
    setProblem(undefined);
    setIsReading(true);
    setProgress({ step: "check" });
    try {
      const encoded = await readFilesAsBase64(chosen, (read) =>
        setProgress({ step: "check", read }),
      );
      const next = {
        frameworkId: framework.id,
        format,
        version: version.trim(),
        files: encoded,
        progressId,
      };
      setRequest(next);
      const stop = send("check", next);
      preview.mutate(next, { onSettled: stop });
    } catch {
      setProblem("The files could not be read; choose them again.");
    } finally {
      setIsReading(false);
    }
  };
  const result = preview.data;
  const changes = result ? importChangeCount(result.counts) : 0;
  const busy = isReading || preview.isPending || apply.isPending;
  const failure = preview.error ?? apply.error;

  return (
    <Dialog
      wide
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : !apply.isPending && close())}
      title={`Import into “${framework.name}”`}
      description="Skills are matched by URI: new ones are added, changed ones updated, and ones no longer in the files retired (kept for history)."
    >
      <ol aria-label="Steps" className="flex gap-2 text-xs">
        {STEPS.map((label, i) => (
          <li
            key={label}
            aria-current={i === step ? "step" : undefined}
            className={cn(
              "flex-1 rounded-md border-b-2 px-2 py-1.5",
              i === step
                ? "border-primary font-semibold text-primary"
                : i < step
                  ? "border-primary/40 text-muted-foreground"
                  : "border-border text-muted-foreground",
            )}
          >
            {i + 1}. {label}
          </li>
        ))}
      </ol>
      {busy && progress ? <ImportProgressView stages={progressStages(progress)} /> : null}
      <div className="grid max-h-[62vh] gap-4 overflow-y-auto pr-1">
        {/* Kept mounted while hidden, so going back still shows the chosen files. */}
        <div hidden={step !== 0} className="grid gap-4">
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">Format</legend>
            {FORMATS.map((f) => (
              <label
                key={f.value}
                className={cn(
                  "flex cursor-pointer gap-3 rounded-md border p-3 text-sm",
                  format === f.value ? "border-primary bg-primary/5" : "border-border",
                )}
              >
                <input
                  type="radio"
                  name="import-format"
                  value={f.value}
                  checked={format === f.value}
                  onChange={() => {
                    setFormat(f.value);
                    preview.reset();
                  }}
                />
                <span>
                  <span className="font-medium">{f.label}</span>
                  <span className="block text-xs text-muted-foreground">{f.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <Field
            id="import-version"
            label="Version label"
            hint="Shown with the framework, e.g. ESCO v1.2.0."
          >
            <Input
              id="import-version"
              value={version}
              onChange={(e) => setVersion(e.target.value)}
            />
          </Field>
          {SLOTS[format].map((slot) => (
            <Field
              key={`${format}-${slot.key}`}
              id={`import-${slot.key}`}
              label={slot.label}
              hint={slot.hint}
            >
              <input
                id={`import-${slot.key}`}
                type="file"
                accept={format === "json" ? ".json,application/json" : ".csv,text/csv"}
                className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-background file:px-3 file:py-1.5 file:text-sm"
                onChange={(e) => setFiles((f) => ({ ...f, [slot.key]: e.target.files?.[0] }))}
              />
            </Field>
          ))}
        </div>
        {step === 1 && result ? <ImportPreview preview={result} /> : null}
        {step === 2 && apply.isSuccess ? (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            Imported {number.format(apply.data.counts.added)} new,{" "}
            {number.format(apply.data.counts.changed)} changed and{" "}
            {number.format(apply.data.counts.retired)} retired.
          </p>
        ) : null}
        <Notice tone="error">{problem ?? (failure ? errorMessage(failure) : undefined)}</Notice>
      </div>
      <div className="flex justify-end gap-2">
        {step === 2 && apply.isSuccess ? (
          <Button onClick={close}>Done</Button>
        ) : (
          <>
            <Button
              variant="outline"
              disabled={apply.isPending}
              onClick={step === 1 ? () => preview.reset() : close}
            >
              {step === 1 ? "Back" : "Cancel"}
            </Button>
            {step === 0 ? (
              <Button disabled={busy} onClick={() => void check()}>
                Check files
              </Button>
            ) : (
              <Button
                disabled={!result || result.errorCount > 0 || changes === 0 || apply.isPending}
                onClick={() =>
                  request &&
                  apply.mutate(request, {
                    onSettled: send("apply", request),
                    onSuccess: (done) => {
                      void queryClient.invalidateQueries({ queryKey: trpc.skills.pathKey() });
                      onImported(
                        `Imported ${framework.name} ${request.version}: ${number.format(done.counts.added)} added, ${number.format(done.counts.changed)} changed, ${number.format(done.counts.retired)} retired.`,
                      );
                    },
                  })
                }
              >
                {changes === 0
                  ? "Nothing to import"
                  : `Import ${number.format(changes)} change${changes === 1 ? "" : "s"}`}
              </Button>
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}
