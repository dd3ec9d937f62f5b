/** Where commands write; tests pass their own to read what a command printed. */
export type TOutput = { log: (line: string) => void; error: (line: string) => void };

export const consoleOutput: TOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

/** A command that will not run as asked; main prints its message as one line and exits 1. */
export class CommandRefusal extends Error {}
