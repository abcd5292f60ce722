/**
 * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * gets a leading apostrophe: exports hold text that people outside the team chose (user agents, names).
 */
export function csvCell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** Rows of cells as CSV text, CRLF line ends. */
export const csvText = (rows: readonly (readonly (string | number | null)[])[]): string =>
  rows.map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
