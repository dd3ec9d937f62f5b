import {
  fieldErrorsFrom,
  ZLrsStatementFilterSchema,
  type TFieldErrors,
  type TLrsCredentialOption,
} from "@xroi/validators";
import { useState, type FormEvent } from "react";
import { Button } from "../../components/button";
import { Field, fieldAria } from "../../components/field";
import { Input, NativeSelect } from "../../components/input";

export type TStatementFilterForm = {
  actor: string;
  verb: string;
  activity: string;
  since: string;
  until: string;
  credentialId: string;
};

export const NO_STATEMENT_FILTERS: TStatementFilterForm = {
  actor: "",
  verb: "",
  activity: "",
  since: "",
  until: "",
  credentialId: "",
};

/** `datetime-local` text (the reader's time zone) as an ISO instant, or undefined when empty. */
function instant(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** The form as the statements query's input; empty fields are left out. */
export function filterQuery(form: TStatementFilterForm) {
  return {
    actor: form.actor.trim() || undefined,
    verb: form.verb.trim() || undefined,
    activity: form.activity.trim() || undefined,
    since: instant(form.since),
    until: instant(form.until),
    credentialId: form.credentialId || undefined,
  };
}

/** Problems with the filters, by field, before anything is sent. */
export function filterErrors(form: TStatementFilterForm): TFieldErrors {
  const result = ZLrsStatementFilterSchema.safeParse(filterQuery(form));
  return result.success ? {} : fieldErrorsFrom(result.error);
}

/** Filters for the statement browser; applied on submit, checked beside each field. */
export function StatementFilters({
  applied,
  credentials,
  serverErrors,
  onApply,
}: {
  applied: TStatementFilterForm;
  credentials: readonly TLrsCredentialOption[];
  serverErrors: TFieldErrors;
  onApply: (form: TStatementFilterForm) => void;
}) {
  const [form, setForm] = useState(applied);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const shown = { ...serverErrors, ...errors };
  const set = (patch: Partial<TStatementFilterForm>) => setForm({ ...form, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = filterErrors(form);
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(form);
  };
  const text = (name: "actor" | "verb" | "activity", label: string, placeholder: string) => (
    <Field id={`filter-${name}`} label={label} error={shown[name]}>
      <Input
        placeholder={placeholder}
        value={form[name]}
        onChange={(e) => set({ [name]: e.target.value })}
        {...fieldAria(`filter-${name}`, shown[name])}
      />
    </Field>
  );
  return (
    <form
      noValidate
      role="search"
      aria-label="Statement filters"
      onSubmit={submit}
      className="grid gap-3 rounded-lg border border-border bg-background p-4 md:grid-cols-2 xl:grid-cols-3"
    >
      {text("actor", "Actor", "Email or IFI, e.g. ana@example.org")}
      {text("verb", "Verb IRI", "http://adlnet.gov/expapi/verbs/completed")}
      {text("activity", "Activity IRI", "https://courses.example.org/…")}
      <Field id="filter-since" label="Stored from" error={shown.since}>
        <Input
          type="datetime-local"
          step={1}
          value={form.since}
          onChange={(e) => set({ since: e.target.value })}
          {...fieldAria("filter-since", shown.since)}
        />
      </Field>
      <Field id="filter-until" label="Stored until" error={shown.until}>
        <Input
          type="datetime-local"
          step={1}
          value={form.until}
          onChange={(e) => set({ until: e.target.value })}
          {...fieldAria("filter-until", shown.until)}
        />
      </Field>
      <Field id="filter-credential" label="Credential" error={shown.credentialId}>
        <NativeSelect
          value={form.credentialId}
          onChange={(e) => set({ credentialId: e.target.value })}
          {...fieldAria("filter-credential", shown.credentialId)}
        >
          <option value="">Any credential</option>
          {credentials.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.isRevoked ? " (revoked)" : ""}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <div className="flex justify-end gap-2 md:col-span-2 xl:col-span-3">
        <Button
          type="button"
          variant="outline"
          onClick={() => {
            setForm(NO_STATEMENT_FILTERS);
            setErrors({});
            onApply(NO_STATEMENT_FILTERS);
          }}
        >
          Clear
        </Button>
        <Button type="submit">Apply filters</Button>
      </div>
    </form>
  );
}
