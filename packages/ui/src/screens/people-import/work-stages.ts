import type { TReadProgress } from "../../lib/read-files";
import type { TUploadProgress } from "../../lib/upload-progress";
import { megabytes } from "../skills/import-progress";
import type { TStage } from "../skills/import-progress";

/** What the wizard is doing: reading the file in the browser, or a dry run or apply on its way. */
export type TWork = {
  kind: "read" | "check" | "apply";
  read?: TReadProgress;
  /** Base64 characters sent, and the upload as the web shell measures it (none on the desktop). */
  sending?: { bytes: number; upload?: TUploadProgress };
};

const SERVER_LABEL = {
  check: "Check every line against the people and IDs",
  apply: "Check again, write everything, resolve LRS actors",
};

/** The stages to show: each done, under way or waiting, with bytes where they are measured. */
export function importStages(work: TWork): TStage[] {
  if (work.kind === "read") {
    const read = work.read;
    return [
      {
        key: "read",
        label: "Read the file",
        state: "active",
        ...(read && read.total > 0
          ? {
              detail: `${megabytes(read.read)} of ${megabytes(read.total)}`,
              value: read.read,
              max: read.total,
            }
          : {}),
      },
    ];
  }
  const upload = work.sending?.upload;
  const isSent = upload !== undefined && upload.sent >= upload.total;
  return [
    {
      key: "send",
      label: "Send the file",
      state: isSent ? "done" : "active",
      ...(upload && !isSent
        ? {
            detail: `${megabytes(upload.sent)} of ${megabytes(upload.total)}`,
            value: upload.sent,
            max: upload.total,
          }
        : work.sending
          ? { detail: megabytes(work.sending.bytes) }
          : {}),
    },
    { key: "server", label: SERVER_LABEL[work.kind], state: isSent ? "active" : "waiting" },
  ];
}
