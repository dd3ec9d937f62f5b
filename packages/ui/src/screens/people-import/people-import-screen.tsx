import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  IDENTITY_SYSTEM_LABELS,
  IDENTITY_SYSTEMS,
  IMPORT_TARGET_LABELS,
  IMPORT_TARGETS,
  MAX_IMPORT_FILE_BYTES,
  QUALITY_PATH,
  roleAllows,
  suggestMapping,
  type TIdentityImportCsvInput,
  type TIdentitySystem,
  type TImportMapping,
  type TImportTarget,
  type TRole,
} from "@xroi/validators";
import { useState, type ReactNode } from "react";
import { Button } from "../../components/button";
import { Field, fieldAria } from "../../components/field";
import { NativeSelect } from "../../components/input";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { randomId } from "../../lib/random-id";
import { readFilesAsBase64 } from "../../lib/read-files";
import { watchUpload } from "../../lib/upload-progress";
import { AppLink, type TNavigation } from "../../shell/app-shell";
import { useTRPC } from "../../trpc";
import { PageHeader } from "../page-header";
import { ImportProgressView } from "../skills/import-progress-view";
import { csvHeader } from "./csv-header";
import { ImportCounts, ImportPreviewTable, ImportProblems } from "./import-report";
import { PastImports } from "./past-imports";
import { importStages, type TWork } from "./work-stages";

const STEPS = ["File and system", "Columns", "Dry run", "Result"] as const;
const number = new Intl.NumberFormat("en");
const TITLE = "Import ID mappings";

/**
 * The mapping import wizard (docs/identity-import.md): a CSV from one system, its columns mapped
 * (suggested from the headers), a dry run that lists every problem by line, then an apply that
 * writes all of it or nothing.
 */
export function PeopleImportScreen({
  nav,
  role,
  tabs,
}: {
  nav: TNavigation;
  role?: TRole;
  /** The People area's tabs, shown under the title. */
  tabs?: ReactNode;
}) {
  if (role && !roleAllows(role, "admin"))
    return (
      <>
        <PageHeader
          title={TITLE}
          description="Importing ID mappings is for admins: a dry run shows who holds each ID. Ask an admin if you need it."
        />
        {tabs}
      </>
    );
  return <ImportWizard nav={nav} tabs={tabs} />;
}

function ImportWizard({ nav, tabs }: { nav: TNavigation; tabs?: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [uploadId] = useState(randomId);
  const followed = { trpc: { context: { uploadId } } };
  const dryRun = useMutation(trpc.identityImport.dryRun.mutationOptions(followed));
  const apply = useMutation(
    trpc.identityImport.applyImport.mutationOptions({
      ...followed,
      onSuccess: () => queryClient.invalidateQueries(trpc.identityImport.list.queryFilter()),
    }),
  );
  const [file, setFile] = useState<File>();
  const [system, setSystem] = useState<TIdentitySystem | "">("");
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<TImportMapping>({});
  const [request, setRequest] = useState<TIdentityImportCsvInput>();
  const [work, setWork] = useState<TWork>();
  const [fieldErrors, setFieldErrors] = useState<{ file?: string; system?: string }>({});
  const [problem, setProblem] = useState<string>();

  const step = apply.data?.applied ? 3 : dryRun.data && request?.mapping ? 2 : request ? 1 : 0;
  const busy = work !== undefined;

  /** Sends a call, following its upload; the work view shows bytes sent, then the server's turn. */
  const send = async <T,>(
    kind: TWork["kind"],
    body: TIdentityImportCsvInput,
    call: () => Promise<T>,
  ) => {
    const bytes = body.contentBase64.length;
    setWork({ kind, sending: { bytes } });
    const stop = watchUpload(uploadId, (upload) => setWork({ kind, sending: { bytes, upload } }));
    try {
      return await call();
    } finally {
      stop();
      setWork(undefined);
    }
  };

  const readFile = async () => {
    const errors = {
      file: !file
        ? "choose a CSV file"
        : file.size > MAX_IMPORT_FILE_BYTES
          ? "must be at most 16 MB"
          : undefined,
      system: system === "" ? "choose the system the IDs come from" : undefined,
    };
    setFieldErrors(errors);
    if (errors.file || errors.system || !file) return;
    setProblem(undefined);
    try {
      const head = csvHeader(await file.slice(0, 64 * 1024).text());
      if (head.length === 0)
        return setFieldErrors({ file: "is empty; line 1 must name the columns" });
      setWork({ kind: "read" });
      const [encoded] = await readFilesAsBase64([file], (read) => setWork({ kind: "read", read }));
      setHeaders(head);
      setMapping(suggestMapping(head));
      setRequest({ system: system as TIdentitySystem, ...encoded! });
    } catch {
      setProblem("The file could not be read; choose it again.");
    } finally {
      setWork(undefined);
    }
  };
  const check = async () => {
    if (!request) return;
    const next = { ...request, mapping };
    setRequest(next);
    apply.reset();
    await send("check", next, () => dryRun.mutateAsync(next)).catch(() => undefined);
  };
  const run = async () => {
    if (!request) return;
    await send("apply", request, () => apply.mutateAsync(request)).catch(() => undefined);
  };
  const restart = () => {
    setFile(undefined);
    setRequest(undefined);
    setHeaders([]);
    dryRun.reset();
    apply.reset();
  };
  const report = apply.data ?? dryRun.data;
  const canApply =
    !!dryRun.data &&
    dryRun.data.fileErrors.length === 0 &&
    dryRun.data.problemCount === 0 &&
    !apply.data;
  const failure = dryRun.error ?? apply.error;

  return (
    <section>
      <PageHeader
        title={TITLE}
        description="A CSV from one system, one person a row. Rows are matched to people by their identifiers (and by e-mail in any system); nothing is written unless every line is right."
      />
      {tabs}
      <ol aria-label="Steps" className="mb-4 flex flex-wrap gap-2 text-sm">
        {STEPS.map((label, i) => (
          <li
            key={label}
            aria-current={i === step ? "step" : undefined}
            className={
              i === step
                ? "rounded-full bg-primary px-3 py-1 text-primary-foreground"
                : "rounded-full bg-muted px-3 py-1 text-muted-foreground"
            }
          >
            {i + 1}. {label}
          </li>
        ))}
      </ol>
      <div className="grid max-w-5xl gap-4">
        {step === 0 ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              id="import-file"
              label="CSV file"
              error={fieldErrors.file}
              hint="UTF-8, header on line 1, at most 16 MB"
            >
              <input
                {...fieldAria("import-file", fieldErrors.file)}
                type="file"
                accept=".csv,text/csv"
                className="text-sm"
                onChange={(e) => setFile(e.target.files?.[0])}
              />
            </Field>
            <Field id="import-system" label="System the IDs come from" error={fieldErrors.system}>
              <NativeSelect
                {...fieldAria("import-system", fieldErrors.system)}
                value={system}
                onChange={(e) => setSystem(e.target.value as TIdentitySystem)}
              >
                <option value="">Choose…</option>
                {IDENTITY_SYSTEMS.map((s) => (
                  <option key={s} value={s}>
                    {IDENTITY_SYSTEM_LABELS[s]}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <div className="sm:col-span-2">
              <Button onClick={readFile} disabled={busy}>
                Next: columns
              </Button>
            </div>
          </div>
        ) : null}

        {step >= 1 && step < 3 ? (
          <fieldset className="grid gap-3 rounded-md border border-border p-4" disabled={busy}>
            <legend className="px-1 text-sm font-semibold">
              Columns of {request?.fileName} ({IDENTITY_SYSTEM_LABELS[request!.system!]})
            </legend>
            <div className="grid gap-3 sm:grid-cols-3">
              {headers.map((h, i) => (
                <Field key={`${h}-${i}`} id={`map-${i}`} label={h || `(column ${i + 1})`}>
                  <NativeSelect
                    id={`map-${i}`}
                    value={mapping[h] ?? "ignore"}
                    onChange={(e) => {
                      setMapping({ ...mapping, [h]: e.target.value as TImportTarget });
                      dryRun.reset();
                    }}
                  >
                    {IMPORT_TARGETS.map((t) => (
                      <option key={t} value={t}>
                        {IMPORT_TARGET_LABELS[t]}
                      </option>
                    ))}
                  </NativeSelect>
                </Field>
              ))}
            </div>
            <div className="flex gap-2">
              <Button onClick={check}>Dry run</Button>
              <Button variant="outline" onClick={restart}>
                Choose another file
              </Button>
            </div>
          </fieldset>
        ) : null}

        {work ? <ImportProgressView stages={importStages(work)} /> : null}
        <Notice tone="error">{problem ?? (failure ? errorMessage(failure) : undefined)}</Notice>

        {report && step >= 2 ? (
          <div className="grid gap-4">
            {step === 3 ? (
              <Notice tone="ok">
                Imported: {number.format(report.counts.new)} new people,{" "}
                {number.format(report.counts.matched)} matched,{" "}
                {number.format(report.counts.unchanged)} unchanged.{" "}
                {number.format(report.actorsResolved)} LRS actors now resolve to a person.
              </Notice>
            ) : apply.data && !apply.data.applied ? (
              <Notice tone="error">
                Nothing was imported: the data changed since the dry run. The problems below are
                from a new check.
              </Notice>
            ) : null}
            <ImportCounts report={report} />
            <ImportProblems report={report} />
            <ImportPreviewTable report={report} />
            {step === 2 ? (
              <div>
                <Button onClick={run} disabled={!canApply || busy}>
                  Apply import
                </Button>
              </div>
            ) : (
              <div className="flex flex-wrap items-center gap-3">
                <AppLink
                  nav={nav}
                  path={QUALITY_PATH}
                  className="text-sm font-medium text-primary underline-offset-4 hover:underline"
                >
                  See the data-quality checks
                </AppLink>
                <Button variant="outline" size="sm" onClick={restart}>
                  Import another file
                </Button>
              </div>
            )}
          </div>
        ) : null}
      </div>
      <PastImports />
    </section>
  );
}
