import type { TImportProgress } from "@xroi/validators";
import type { TReadProgress } from "../../lib/read-files";
import type { TUploadProgress } from "../../lib/upload-progress";

// What the import wizard shows while it works: each stage, done, under way or still to come, with
// a measured amount where one is known (bytes read, bytes sent, rows written) and none where the
// shell cannot measure it (the desktop has no upload to count).

export type TProgressState = {
  step: "check" | "apply";
  /** Bytes of the chosen files read in the browser (checking only). */
  read?: TReadProgress;
  /** Set once the files are on their way: how many base64 characters go. */
  sending?: { bytes: number; upload?: TUploadProgress };
  /** The last phase the server reported. */
  server?: TImportProgress;
};
export type TStage = {
  key: string;
  label: string;
  state: "done" | "active" | "waiting";
  detail?: string;
  /** With max, how far the active stage is; without, the stage shows no measure. */
  value?: number;
  max?: number;
};

const number = new Intl.NumberFormat("en");
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

const SERVER_STAGE: Record<TImportProgress["phase"], string> = {
  reading: "server",
  waiting: "server",
  loading: "server",
  checking: "server",
  writing: "writing",
  history: "history",
  saving: "saving",
  done: "end",
};
const SERVER_DETAIL: Partial<Record<TImportProgress["phase"], string>> = {
  reading: "reading the files",
  waiting: "waiting for another import of this framework",
  loading: "loading the framework's skills",
  checking: "checking every line and comparing",
};

function rows(p: TImportProgress | undefined): Pick<TStage, "detail" | "value" | "max"> {
  if (!p || p.total === null || p.done === null) return {};
  return {
    detail: `${number.format(p.done)} of ${number.format(p.total)}`,
    value: p.done,
    max: Math.max(p.total, 1),
  };
}

/** The stages of a check (read, send, check on the server) or an import (send, check, write…). */
export function progressStages(state: TProgressState): TStage[] {
  const { read, sending, server } = state;
  const stages: Omit<TStage, "state">[] = [];
  if (state.step === "check") {
    stages.push({
      key: "read",
      label: "Read the files",
      ...(read && read.total > 0
        ? {
            detail: `${megabytes(read.read)} of ${megabytes(read.total)}`,
            value: read.read,
            max: read.total,
          }
        : {}),
    });
  }
  const upload = sending?.upload;
  stages.push({
    key: "send",
    label: "Send them to the server",
    ...(upload
      ? {
          detail: `${megabytes(upload.sent)} of ${megabytes(upload.total)}`,
          value: upload.sent,
          max: upload.total,
        }
      : sending
        ? { detail: megabytes(sending.bytes) }
        : {}),
  });
  stages.push({
    key: "server",
    label: state.step === "check" ? "Read and check them" : "Check them again",
    detail: server ? SERVER_DETAIL[server.phase] : undefined,
  });
  if (state.step === "apply") {
    const phase = server?.phase;
    stages.push({
      key: "writing",
      label: "Write the skills",
      ...(phase === "writing" ? rows(server) : {}),
    });
    stages.push({
      key: "history",
      label: "Write each skill's history",
      ...(phase === "history" ? rows(server) : {}),
    });
    stages.push({ key: "saving", label: "Save the release" });
  }
  const keys = stages.map((s) => s.key);
  // Where things are: the server's phase once it has spoken; before that, the server's turn once
  // every byte is sent, sending while bytes go, and first reading.
  const isSent = !!upload && upload.sent >= upload.total;
  const at = server
    ? SERVER_STAGE[server.phase] === "end"
      ? keys.length
      : keys.indexOf(SERVER_STAGE[server.phase])
    : isSent
      ? keys.indexOf("server")
      : sending
        ? keys.indexOf("send")
        : 0;
  return stages.map((s, i) => ({
    ...s,
    state: i < at ? "done" : i === at ? "active" : "waiting",
    ...(i < at ? { value: undefined, max: undefined } : {}),
  }));
}
