import { TAG_VOCABULARIES, TAG_VOCABULARY_LABELS, type TTag } from "@xroi/validators";
import { NativeSelect } from "../../components/input";

/** Pick tags from every vocabulary (grouped), shown below as chips that remove themselves. */
export function TagSelect({
  id,
  tags,
  chosen,
  onChange,
  placeholder,
  undoLabel,
}: {
  id: string;
  tags: readonly TTag[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  placeholder: string;
  /** The chip's button, e.g. "Don't add": read as "Don't add Retention". */
  undoLabel: string;
}) {
  const picked = tags.filter((t) => chosen.includes(t.id));
  return (
    <div className="grid gap-2">
      <NativeSelect
        id={id}
        value=""
        onChange={(e) => e.target.value && onChange([...chosen, e.target.value])}
      >
        <option value="">{placeholder}</option>
        {TAG_VOCABULARIES.map((v) => (
          <optgroup key={v} label={TAG_VOCABULARY_LABELS[v]}>
            {tags
              .filter((t) => t.vocabulary === v && !chosen.includes(t.id))
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
          </optgroup>
        ))}
      </NativeSelect>
      {picked.length > 0 ? (
        <ul aria-label="Chosen tags" className="flex flex-wrap gap-1.5">
          {picked.map((t) => (
            <li key={t.id}>
              <Chip
                label={t.label}
                note={TAG_VOCABULARY_LABELS[t.vocabulary]}
                removeLabel={`${undoLabel} ${t.label}`}
                onRemove={() => onChange(chosen.filter((c) => c !== t.id))}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Chip({
  label,
  note,
  removeLabel,
  onRemove,
}: {
  label: string;
  note?: string;
  removeLabel: string;
  onRemove: () => void;
}) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-primary/10 py-0.5 pl-2.5 pr-1 text-xs font-medium text-primary">
      {label}
      {note ? <span className="font-normal text-primary/70">· {note}</span> : null}
      <button
        type="button"
        aria-label={removeLabel}
        onClick={onRemove}
        className="grid size-4 place-items-center rounded-full hover:bg-primary/20 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        ×
      </button>
    </span>
  );
}
