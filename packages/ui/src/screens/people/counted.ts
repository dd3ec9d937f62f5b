/** "1 ID", "3 IDs", "1 xAPI actor": a count with its noun in the right number. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
