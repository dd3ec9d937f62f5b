/** Where commands write; tests pass their own to read what a command printed. */
export type TOutput = { log: (line: string) => void; error: (line: string) => void };

export const consoleOutput: TOutput = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};
