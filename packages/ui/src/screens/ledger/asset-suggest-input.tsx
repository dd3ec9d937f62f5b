import { useQuery } from "@tanstack/react-query";
import { useId, useState, type KeyboardEvent } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Input } from "../../components/input";
import { cn } from "../../lib/cn";
import { useDebounced } from "../../lib/use-debounced";
import { useTRPC } from "../../trpc";

const SHOWN = 6;
type TAssetOption = { id: string; title: string; kind: string };

/**
 * A text box that suggests learning assets as you type (two letters or more). Picking one links
 * it; any other text stays free text, as a cohort's name does.
 */
export function AssetSuggestInput({
  text,
  registration,
  onPick,
  label,
  invalid,
}: {
  /** What the box holds now (watched from the form). */
  text: string;
  registration: UseFormRegisterReturn;
  onPick: (asset: TAssetOption) => void;
  label: string;
  invalid?: boolean;
}) {
  const trpc = useTRPC();
  const listId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const term = useDebounced(text.trim(), 200);
  const isSearching = isOpen && term.length >= 2;
  const matches = useQuery({
    ...trpc.taxonomy.assets.queryOptions({ search: term, pageSize: SHOWN }),
    enabled: isSearching,
  });
  const options = isSearching ? (matches.data?.items ?? []) : [];
  const pick = (asset: TAssetOption | undefined) => {
    if (!asset) return;
    onPick(asset);
    setIsOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (options.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === "Escape") {
      event.stopPropagation();
      setIsOpen(false);
    }
  };
  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="relative">
      <Input
        type="text"
        role="combobox"
        autoComplete="off"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options[active] ? optionId(active) : undefined}
        {...registration}
        onChange={(e) => {
          void registration.onChange(e);
          setActive(0);
          setIsOpen(true);
        }}
        onBlur={(e) => {
          void registration.onBlur(e);
          setIsOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Learning assets"
          className="absolute z-50 mt-1 max-h-64 w-full min-w-64 overflow-y-auto rounded-md border border-border bg-background py-1 text-sm shadow-lg"
        >
          {options.map((asset, index) => (
            <li
              key={asset.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={cn(
                "cursor-pointer px-3 py-1.5",
                index === active && "bg-primary/10 text-primary",
              )}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(asset)}
            >
              <span className="font-medium">{asset.title}</span>{" "}
              <span className="text-xs text-muted-foreground">{asset.kind.replace(/_/g, " ")}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
