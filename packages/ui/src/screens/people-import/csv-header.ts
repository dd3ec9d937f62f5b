/**
 * The column names of a CSV file from its first bytes: the first record, quotes honoured (a
 * quoted header may hold a comma or a newline). The server reads the whole file again; this
 * only fills the mapping step.
 */
export function csvHeader(text: string): string[] {
  const body = text.replace(/^\uFEFF/, "");
  const cells: string[] = [];
  let cell = "";
  let isQuoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (isQuoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') isQuoted = false;
      else cell += ch;
    } else if (ch === '"') isQuoted = true;
    else if (ch === ",") {
      cells.push(cell.trim());
      cell = "";
    } else if (ch === "\n" || ch === "\r") break;
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells.length === 1 && cells[0] === "" ? [] : cells;
}
