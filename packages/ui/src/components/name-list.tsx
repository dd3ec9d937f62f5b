/** A short list of names under a label, the rest counted: what a delete takes with it. */
export function NameList({
  label,
  names,
  max = 8,
}: {
  label: string;
  names: string[];
  max?: number;
}) {
  if (names.length === 0) return null;
  const shown = names.slice(0, max);
  return (
    <div>
      <p className="font-medium text-foreground">{label}</p>
      <ul aria-label={label} className="list-disc pl-5">
        {shown.map((name, i) => (
          <li key={i}>{name}</li>
        ))}
        {names.length > shown.length ? <li>and {names.length - shown.length} more</li> : null}
      </ul>
    </div>
  );
}
