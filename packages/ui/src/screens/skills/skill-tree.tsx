import { useQuery } from "@tanstack/react-query";
import type { TSkill } from "@xroi/validators";
import { ChevronRight, Folder, FolderOpen, Sparkle } from "lucide-react";
import { createContext, use, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "../../lib/cn";
import { useTRPC } from "../../trpc";
import { moreRows, treeKeyMove, type TTreeRow } from "./tree-keys";

/** Groups load this many children at a time; a "Show more" row brings the next page. */
export const TREE_PAGE_SIZE = 100;

type TTreeContext = {
  frameworkId: string;
  selectedId?: string;
  focusedId?: string;
  expanded: ReadonlySet<string>;
  onSelect: (skill: TSkill) => void;
  onToggle: (id: string, open?: boolean) => void;
  setFocusedId: (id: string) => void;
};
const TreeContext = createContext<TTreeContext | null>(null);
const useTree = () => use(TreeContext)!;

/**
 * A framework's skills as a tree that loads each group's children when it opens. Arrow keys move
 * through it (WAI-ARIA tree pattern); Enter selects, or on a "Show more" row, loads the next page.
 */
export function SkillTree({
  frameworkId,
  frameworkName,
  selectedId,
  expanded,
  onSelect,
  onToggle,
}: Omit<TTreeContext, "focusedId" | "setFocusedId"> & { frameworkName: string }) {
  const ref = useRef<HTMLUListElement>(null);
  const [focusedId, setFocusedId] = useState<string>();
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])];
    const rows: TTreeRow[] = items.map((el) => ({
      id: el.dataset.id ?? "",
      level: Number(el.getAttribute("aria-level")),
      isExpandable: el.hasAttribute("aria-expanded"),
      isExpanded: el.getAttribute("aria-expanded") === "true",
    }));
    const index = items.findIndex((el) => el === document.activeElement);
    const move = treeKeyMove(rows, index, event.key);
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    if (move.type === "focus") {
      items[move.index]?.focus();
      setFocusedId(rows[move.index]?.id ?? "");
    } else if (move.type === "activate") items[index]?.click();
    else onToggle(move.id, move.type === "expand");
  };
  return (
    <TreeContext
      value={{ frameworkId, selectedId, focusedId, expanded, onSelect, onToggle, setFocusedId }}
    >
      <ul ref={ref} role="tree" aria-label={`Skills in ${frameworkName}`} onKeyDown={onKeyDown}>
        <Children parentId={null} level={1} />
      </ul>
    </TreeContext>
  );
}

function Children({ parentId, level }: { parentId: string | null; level: number }) {
  const [pages, setPages] = useState(1);
  return Array.from({ length: pages }, (_, i) => (
    <ChildPage
      key={i}
      parentId={parentId}
      level={level}
      page={i + 1}
      isLast={i + 1 === pages}
      onMore={() => setPages(pages + 1)}
    />
  ));
}

function ChildPage({
  parentId,
  level,
  page,
  isLast,
  onMore,
}: {
  parentId: string | null;
  level: number;
  page: number;
  isLast: boolean;
  onMore: () => void;
}) {
  const trpc = useTRPC();
  const tree = useTree();
  const children = useQuery(
    trpc.skills.list.queryOptions({
      frameworkId: tree.frameworkId,
      parentId,
      page,
      pageSize: TREE_PAGE_SIZE,
    }),
  );
  const indent = { paddingLeft: `${(level - 1) * 1.25 + 0.5}rem` };
  if (!children.data) {
    return (
      <li role="none" style={indent} className="py-1.5 text-sm text-muted-foreground">
        {children.error ? "Could not load this group." : "Loading…"}
      </li>
    );
  }
  const { items, total } = children.data;
  const more = moreRows(total, page * TREE_PAGE_SIZE, TREE_PAGE_SIZE);
  const moreId = `more:${parentId ?? "top"}`;
  return (
    <>
      {items.map((item, i) => (
        <TreeItem
          key={item.id}
          item={item}
          level={level}
          isFirst={!parentId && page === 1 && i === 0}
        />
      ))}
      {page === 1 && items.length === 0 ? (
        <li role="none" style={indent} className="py-1.5 text-sm text-muted-foreground">
          {parentId ? "Nothing in this group yet." : "No skills in this framework yet."}
        </li>
      ) : null}
      {isLast && more.remaining > 0 ? (
        <li
          role="treeitem"
          aria-level={level}
          aria-selected={false}
          data-id={moreId}
          tabIndex={tree.focusedId === moreId ? 0 : -1}
          style={indent}
          onClick={onMore}
          onFocus={() => tree.setFocusedId(moreId)}
          className="cursor-pointer rounded-md py-1.5 pr-2 text-sm font-medium text-primary hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          Show {more.next} more ({more.remaining} not shown)
        </li>
      ) : null}
    </>
  );
}

function TreeItem({ item, level, isFirst }: { item: TSkill; level: number; isFirst: boolean }) {
  const tree = useTree();
  const isGroup = item.kind === "group";
  // A skill opens too when it holds narrower skills (ESCO relates some skills to a broader skill).
  const isExpandable = isGroup || item.childCount > 0;
  const isOpen = isExpandable && tree.expanded.has(item.id);
  const isSelected = tree.selectedId === item.id;
  const isTabStop = tree.focusedId ? tree.focusedId === item.id : isFirst;
  const labelId = `tree-label-${item.id}`;
  const Icon = isGroup ? (isOpen ? FolderOpen : Folder) : Sparkle;
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-expanded={isExpandable ? isOpen : undefined}
      aria-selected={isSelected}
      aria-labelledby={labelId}
      data-id={item.id}
      tabIndex={isTabStop ? 0 : -1}
      onFocus={(e) => e.target === e.currentTarget && tree.setFocusedId(item.id)}
      onClick={(e) => {
        e.stopPropagation();
        tree.onSelect(item);
      }}
      className="rounded-md focus-visible:outline-none focus-visible:[&>div]:ring-2 focus-visible:[&>div]:ring-ring"
    >
      <div
        style={{ paddingLeft: `${(level - 1) * 1.25}rem` }}
        className={cn(
          "flex cursor-pointer items-center gap-1.5 rounded-md py-1 pr-2 text-sm hover:bg-muted",
          isSelected && "bg-primary/10 text-primary hover:bg-primary/15",
        )}
      >
        <span
          aria-hidden
          className={cn(
            "grid size-6 shrink-0 place-items-center rounded",
            isExpandable && "hover:bg-background",
          )}
          onClick={(e) => {
            if (!isExpandable) return;
            e.stopPropagation();
            tree.onToggle(item.id);
          }}
        >
          {isExpandable ? (
            <ChevronRight className={cn("size-4 transition-transform", isOpen && "rotate-90")} />
          ) : null}
        </span>
        <Icon
          aria-hidden
          className={cn("size-4 shrink-0", isGroup ? "text-amber-600" : "text-primary/70")}
        />
        <span id={labelId} className={cn("truncate", isGroup && "font-medium")}>
          {item.name}
        </span>
        {isExpandable ? (
          <span className="ml-auto shrink-0 text-xs tabular-nums text-muted-foreground">
            {item.childCount}
          </span>
        ) : null}
      </div>
      {isOpen ? (
        <ul role="group">
          <Children parentId={item.id} level={level + 1} />
        </ul>
      ) : null}
    </li>
  );
}
