import { useQuery } from "@tanstack/react-query";
import type { TSkill } from "@xroi/validators";
import { useId, useState, type KeyboardEvent } from "react";
import { Input } from "../../components/input";
import { cn } from "../../lib/cn";
import { useDebounced } from "../../lib/use-debounced";
import { useTRPC } from "../../trpc";

const SHOWN = 8;

/**
 * Search the skill map and pick one item: a combobox whose options show each match's path. The box
 * clears after a pick, so callers show what was chosen (a chip, a "Parent" line) themselves.
 */
export function SkillPicker({
  id,
  frameworkId,
  kind,
  onPick,
  placeholder = "Search skills",
  excludeIds = [],
  invalid,
  describedBy,
}: {
  id: string;
  frameworkId?: string;
  kind?: "group" | "skill";
  onPick: (skill: TSkill) => void;
  placeholder?: string;
  excludeIds?: readonly string[];
  invalid?: boolean;
  describedBy?: string;
}) {
  const trpc = useTRPC();
  const listId = useId();
  const [text, setText] = useState("");
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const term = useDebounced(text.trim(), 200);
  const matches = useQuery({
    ...trpc.skills.list.queryOptions({
      frameworkId,
      kind,
      search: term || undefined,
      pageSize: SHOWN + excludeIds.length,
    }),
    enabled: isOpen,
  });
  const options = (matches.data?.items ?? [])
    .filter((s) => !excludeIds.includes(s.id))
    .slice(0, SHOWN);
  const pick = (skill: TSkill | undefined) => {
    if (!skill) return;
    onPick(skill);
    setText("");
    setIsOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setIsOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : 0));
    } else if (event.key === "Enter" && isOpen) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === "Escape" && isOpen) {
      event.stopPropagation();
      setIsOpen(false);
    }
  };
  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="relative">
      <Input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isOpen && options[active] ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setIsOpen(true);
        }}
        onFocus={() => setIsOpen(true)}
        onBlur={() => setIsOpen(false)}
        onKeyDown={onKeyDown}
      />
      {isOpen ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Matches"
          className="absolute z-50 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-border bg-background py-1 text-sm shadow-lg"
        >
          {options.map((skill, index) => (
            <li
              key={skill.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={cn(
                "cursor-pointer px-3 py-1.5",
                index === active && "bg-primary/10 text-primary",
              )}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(skill)}
            >
              <span className="font-medium">{skill.name}</span>
              {skill.kind === "group" ? (
                <span className="ml-1 text-xs text-muted-foreground">(group)</span>
              ) : null}
              {skill.path.length > 0 ? (
                <span className="block truncate text-xs text-muted-foreground">
                  {skill.path.join(" › ")}
                </span>
              ) : null}
            </li>
          ))}
          {matches.data && options.length === 0 ? (
            <li
              role="option"
              aria-disabled
              aria-selected={false}
              className="px-3 py-1.5 text-muted-foreground"
            >
              {term ? `Nothing matches “${term}”.` : "Nothing to choose yet."}
            </li>
          ) : null}
          {!matches.data ? (
            <li
              role="option"
              aria-disabled
              aria-selected={false}
              className="px-3 py-1.5 text-muted-foreground"
            >
              Searching…
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
