/**
 * The customer-facing summary of a retrospective on the public status page: short text with a little
 * markdown. One parser for the server (which renders it into the page through its escaping template)
 * and the web app (its preview), so what a responder previews is what customers see.
 *
 * Understood, and nothing else: paragraphs (separated by a blank line), line breaks inside one,
 * bullet lists (lines starting with "- " or "* "), **bold**, *italic* or _italic_, and links
 * [text](https://…) to https addresses only. Everything else stays literal text (HTML included: it
 * is shown as typed, never interpreted).
 */

/** The longest summary: a short account for customers, not the retrospective itself. */
export const STATUS_SUMMARY_MAX_CHARS = 3000;

export type SummaryInline =
  | { t: 'text'; v: string }
  | { t: 'strong'; v: string }
  | { t: 'em'; v: string }
  | { t: 'link'; v: string; href: string }
  | { t: 'br' };
export type SummaryBlock = { type: 'p'; inlines: SummaryInline[] } | { type: 'ul'; items: SummaryInline[][] };

const BULLET = /^\s*[-*]\s+/;
// Bold before italic; a link's target must be https and contain no spaces or parentheses.
const INLINE =
  /\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*|\[([^\]\n]+)\]\((https:\/\/[^\s()]+)\)|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])/g;

function inlines(text: string): SummaryInline[] {
  const out: SummaryInline[] = [];
  const lines = text.split('\n');
  lines.forEach((line, n) => {
    if (n > 0) out.push({ t: 'br' });
    let at = 0;
    for (const m of line.matchAll(INLINE)) {
      const i = m.index ?? 0;
      if (i > at) out.push({ t: 'text', v: line.slice(at, i) });
      if (m[1] !== undefined) out.push({ t: 'strong', v: m[1] });
      else if (m[2] !== undefined) out.push({ t: 'link', v: m[2], href: m[3] });
      else out.push({ t: 'em', v: m[4] ?? m[5] });
      at = i + m[0].length;
    }
    if (at < line.length) out.push({ t: 'text', v: line.slice(at) });
  });
  return out;
}

/** The summary's blocks, in order. */
export function parseSummary(text: string): SummaryBlock[] {
  const blocks: SummaryBlock[] = [];
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
  for (const p of paragraphs) {
    const lines = p.split('\n');
    let para: string[] = [];
    let list: string[] = [];
    const flushPara = () => {
      if (para.length) blocks.push({ type: 'p', inlines: inlines(para.join('\n').trim()) });
      para = [];
    };
    const flushList = () => {
      if (list.length) blocks.push({ type: 'ul', items: list.map(inlines) });
      list = [];
    };
    for (const line of lines) {
      if (BULLET.test(line)) {
        flushPara();
        list.push(line.replace(BULLET, '').trim());
      } else if (list.length && /^\s{2,}\S/.test(line)) {
        // An indented line continues the bullet above it.
        list[list.length - 1] += ` ${line.trim()}`;
      } else {
        flushList();
        para.push(line);
      }
    }
    flushPara();
    flushList();
  }
  return blocks;
}

/** The summary as plain text (feeds, e-mail): markup removed, links as "text (url)". */
export function summaryPlainText(text: string): string {
  const flat = (xs: SummaryInline[]) =>
    xs.map((x) => (x.t === 'br' ? '\n' : x.t === 'link' ? (x.v === x.href ? x.v : `${x.v} (${x.href})`) : x.v)).join('');
  return parseSummary(text)
    .map((b) => (b.type === 'p' ? flat(b.inlines) : b.items.map((i) => `• ${flat(i)}`).join('\n')))
    .join('\n\n');
}
