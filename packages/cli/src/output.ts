/** Where commands write; tests pass their own to read what a command printed. */
export type TOutput = {
  log: (line: string) => void;
  error: (line: string) => void;
  /** Raw text, for a file written to standard output (default: log without the last newline). */
  write?: (text: string) => void;
};

export const consoleOutput: TOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  write: (text) => void process.stdout.write(text),
};

/** A command that will not run as asked; main prints its message as one line and exits 1. */
export class CommandRefusal extends Error {}
/** Writes a file's text to standard output exactly, or as lines where the output has no write. */
export function writeText(out: TOutput, text: string): void {
  if (out.write) out.write(text);
  else out.log(text.replace(/\n$/, ""));
}
