import type { ComponentProps } from "react";
import { cn } from "../lib/cn";

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="w-full overflow-x-auto rounded-lg border border-border">
      <table className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}
export const THead = (props: ComponentProps<"thead">) => (
  <thead className="bg-muted/60 text-left" {...props} />
);
export const TBody = (props: ComponentProps<"tbody">) => (
  <tbody className="divide-y divide-border" {...props} />
);
export const TR = ({ className, ...props }: ComponentProps<"tr">) => (
  <tr className={cn("hover:bg-muted/30", className)} {...props} />
);
export const TH = ({ className, ...props }: ComponentProps<"th">) => (
  <th
    className={cn(
      "px-3 py-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground",
      className,
    )}
    {...props}
  />
);
export const TD = ({ className, ...props }: ComponentProps<"td">) => (
  <td className={cn("px-3 py-2 align-middle", className)} {...props} />
);
