import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../components/button";
import { errorMessage } from "../../forms/trpc-errors";
import { downloadBase64 } from "../../lib/files";
import { useTRPC } from "../../trpc";

/** Downloads the program's ledger with its totals, as exact CSV or as an XLSX workbook. */
export function ExportButtons({
  programId,
  window,
  onError,
}: {
  programId: string;
  window?: { from: string; to: string };
  onError: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<"csv" | "xlsx">();
  const download = async (format: "csv" | "xlsx") => {
    setPending(format);
    try {
      const file = await queryClient.fetchQuery({
        ...trpc.ledger.exportLedger.queryOptions({ programId, format, window }),
        staleTime: 0,
      });
      downloadBase64(file.fileName, file.contentType, file.contentBase64);
    } catch (error) {
      onError(errorMessage(error));
    } finally {
      setPending(undefined);
    }
  };
  return (
    <div className="flex gap-1" role="group" aria-label="Export">
      {(["csv", "xlsx"] as const).map((format) => (
        <Button
          key={format}
          variant="outline"
          size="sm"
          disabled={pending !== undefined}
          onClick={() => void download(format)}
        >
          {pending === format ? "Exporting…" : `Export ${format.toUpperCase()}`}
        </Button>
      ))}
    </div>
  );
}
