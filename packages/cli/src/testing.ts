import { main } from "./main";

/** For CLI tests: runs `xroi <args>` in-process and returns its exit code and what it printed. */
export async function runCli(...args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const written: string[] = [];
  const code = await main(["node", "xroi", ...args], {
    log: (l) => lines.push(l),
    error: (l) => errors.push(l),
    write: (t) => written.push(t),
  });
  return { code, out: lines.join("\n"), err: errors.join("\n"), written: written.join("") };
}
