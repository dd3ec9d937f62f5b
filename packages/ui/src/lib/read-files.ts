import { bytesToBase64 } from "./files";

/** Read in slices of this many bytes: a multiple of 3, so the slices' base64 simply joins up. */
export const READ_SLICE_BYTES = 3 * 512 * 1024;

export type TReadProgress = { read: number; total: number };

/** A blob's bytes through FileReader, which every shell (and the test DOM) has. */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * The chosen files as base64, read slice by slice so a large file reports how far it got
 * (and the page stays responsive) instead of one long wait.
 */
export async function readFilesAsBase64(
  files: readonly File[],
  onProgress: (progress: TReadProgress) => void,
): Promise<Array<{ fileName: string; contentBase64: string }>> {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  let read = 0;
  onProgress({ read, total });
  const result: Array<{ fileName: string; contentBase64: string }> = [];
  for (const file of files) {
    const parts: string[] = [];
    for (let start = 0; start < file.size; start += READ_SLICE_BYTES) {
      const slice = file.slice(start, Math.min(start + READ_SLICE_BYTES, file.size));
      const bytes = new Uint8Array(await readBlob(slice));
      parts.push(bytesToBase64(bytes));
      read += bytes.length;
      onProgress({ read, total });
    }
    result.push({ fileName: file.name, contentBase64: parts.join("") });
  }
  return result;
}
