/** Human output: aligned tables and label/value blocks; `--json` output is the API's `data`. */

export function out(line = ''): void {
  process.stdout.write(`${line}\n`);
}
export function note(line: string): void {
  process.stderr.write(`${line}\n`);
}
export function printJson(value: unknown): void {
  out(JSON.stringify(value, null, 2));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Local time, to the minute (or second): what people compare with their own clocks. */
export function when(iso: string | null | undefined, seconds = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}${seconds ? `:${pad2(d.getSeconds())}` : ''}`;
  return `${day} ${time}`;
}

const width = (s: string) => [...s].length;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ⏎ ');

function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** Columns padded to their widest cell; on a terminal the last column is cut to fit the width. */
export function table(headers: string[], rows: string[][]): void {
  const cells = [headers, ...rows.map((r) => r.map(oneLine))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  const cols = process.stdout.isTTY ? process.stdout.columns : 0;
  for (const r of cells) {
    const head = r
      .slice(0, -1)
      .map((c, i) => padEnd(c, widths[i]))
      .join('  ');
    let last = r[r.length - 1] ?? '';
    if (cols) last = truncate(last, Math.max(10, cols - width(head) - 2));
    out(r.length > 1 ? `${head}  ${last}`.trimEnd() : last);
  }
}

/** `Label   value` lines with the labels aligned; multi-line values are indented under the value. */
export function block(pairs: [string, string][], indent = ''): void {
  const w = Math.max(...pairs.map(([k]) => width(k)));
  for (const [k, v] of pairs) {
    const [first, ...rest] = v.split('\n');
    out(`${indent}${padEnd(k, w)}  ${first}`.trimEnd());
    for (const line of rest) out(`${indent}${' '.repeat(w + 2)}${line}`.trimEnd());
  }
}

/** A titled section of free text; empty text shows a dash so absent sections are visible. */
export function section(title: string, text: string | null | undefined): void {
  out();
  out(title);
  const body = text?.trim() ? text.trimEnd() : '—';
  for (const line of body.split('\n')) out(`  ${line}`.trimEnd());
}
