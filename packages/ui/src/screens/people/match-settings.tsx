import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  IDENTIFIER_KINDS,
  IDENTITY_SYSTEMS,
  MATCH_RULE_LABELS,
  type TIdentifierKind,
  type TIdentitySystem,
  type TMatchSettings,
} from "@xroi/validators";
import { useState } from "react";
import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { Input, NativeSelect, Textarea } from "../../components/input";
import { Notice } from "../../components/notice";
import { errorMessage } from "../../forms/trpc-errors";
import { useTRPC } from "../../trpc";
import { systemLabel } from "./identifiers-panel";

/** The ordered match rules, plus-addressing domains and account systems (admins). */
export function MatchSettings() {
  const trpc = useTRPC();
  const stored = useQuery(trpc.people.matchSettings.queryOptions());
  if (!stored.data)
    return <Notice tone="error">{stored.error ? errorMessage(stored.error) : undefined}</Notice>;
  return <SettingsForm stored={stored.data} />;
}

function SettingsForm({ stored }: { stored: TMatchSettings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TMatchSettings>(stored);
  const [domains, setDomains] = useState(stored.plusAddressingDomains.join("\n"));
  const [message, setMessage] = useState<string>();
  const save = useMutation(
    trpc.people.updateMatchSettings.mutationOptions({
      onSuccess: (r) => {
        setMessage(
          `Saved. ${r.reresolved?.checked ?? 0} stored xAPI actors re-resolved under the new rules; ${r.reresolved?.changed ?? 0} changed.`,
        );
        void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
      },
      onError: () => setMessage(undefined),
    }),
  );
  const move = (from: number, to: number) => {
    const rules = [...draft.rules];
    const [rule] = rules.splice(from, 1);
    if (rule) rules.splice(to, 0, rule);
    setDraft({ ...draft, rules });
  };
  const systems = draft.accountSystems;
  const setSystem = (i: number, patch: Partial<(typeof systems)[number]>) =>
    setDraft({
      ...draft,
      accountSystems: systems.map((s, k) => (k === i ? { ...s, ...patch } : s)),
    });
  return (
    <form
      className="grid max-w-3xl gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(undefined);
        save.mutate({
          ...draft,
          plusAddressingDomains: domains
            .split(/[\s,]+/)
            .map((d) => d.trim())
            .filter(Boolean),
        });
      }}
    >
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-lg font-semibold">Rules, in the order they are tried</legend>
        <ol className="grid gap-2" aria-label="Match rules">
          {draft.rules.map((r, i) => (
            <li
              key={r.rule}
              className="flex items-center gap-3 rounded-lg border border-border p-3 text-sm"
            >
              <span className="w-5 text-muted-foreground">{i + 1}.</span>
              <label className="flex flex-1 items-center gap-2">
                <input
                  type="checkbox"
                  checked={r.enabled}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      rules: draft.rules.map((x, k) =>
                        k === i ? { ...x, enabled: e.target.checked } : x,
                      ),
                    })
                  }
                />
                {MATCH_RULE_LABELS[r.rule]}
              </label>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                aria-label={`Move ${r.rule} up`}
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </Button>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                aria-label={`Move ${r.rule} down`}
                disabled={i === draft.rules.length - 1}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </Button>
            </li>
          ))}
        </ol>
      </fieldset>
      <Field
        id="plus-domains"
        label="Plus-addressing domains"
        hint="One per line: at these domains name+tag@domain is the same mailbox as name@domain. * for every domain."
      >
        <Textarea
          id="plus-domains"
          rows={7}
          value={domains}
          onChange={(e) => setDomains(e.target.value)}
        />
      </Field>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-lg font-semibold">xAPI account systems</legend>
        <p className="text-sm text-muted-foreground">
          An xAPI account whose homePage is listed is that system's ID: its name is matched against
          the system's IDs.
        </p>
        {systems.map((s, i) => (
          <div key={i} className="flex flex-wrap items-center gap-2">
            <Input
              aria-label={`homePage ${i + 1}`}
              className="max-w-xs"
              value={s.homePage}
              onChange={(e) => setSystem(i, { homePage: e.target.value })}
            />
            <NativeSelect
              aria-label={`System ${i + 1}`}
              className="w-40"
              value={s.system}
              onChange={(e) => setSystem(i, { system: e.target.value as TIdentitySystem })}
            >
              {IDENTITY_SYSTEMS.map((x) => (
                <option key={x} value={x}>
                  {systemLabel(x)}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect
              aria-label={`Kind ${i + 1}`}
              className="w-36"
              value={s.kind}
              onChange={(e) => setSystem(i, { kind: e.target.value as TIdentifierKind })}
            >
              {IDENTIFIER_KINDS.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </NativeSelect>
            <Button
              type="button"
              variant="ghost"
              size="sm"
              className="text-destructive"
              onClick={() =>
                setDraft({ ...draft, accountSystems: systems.filter((_, k) => k !== i) })
              }
            >
              Remove
            </Button>
          </div>
        ))}
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="justify-self-start"
          onClick={() =>
            setDraft({
              ...draft,
              accountSystems: [
                ...systems,
                { homePage: "https://", system: "lms", kind: "user_id" },
              ],
            })
          }
        >
          Add an account system
        </Button>
      </fieldset>
      <Notice tone="error">{save.error ? errorMessage(save.error) : undefined}</Notice>
      <Notice tone="ok">{message}</Notice>
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving and re-resolving…" : "Save rules"}
        </Button>
      </div>
    </form>
  );
}
