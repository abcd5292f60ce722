import { renderRetroMarkdown } from '@firebreak/shared';
import MarkdownIt from 'markdown-it';
import { type AuditWho, audit } from '../../audit/index.ts';
import type { Deps } from '../../platform/context.ts';
import { transaction } from '../../platform/context.ts';

// html: false — any HTML typed into a retrospective is shown as text, never rendered.
// markdown-it also refuses javascript:, vbscript: and data: (except images) link targets.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Headers for the printable page: nothing on it may run or load (defence in depth beyond html:false). */
export const HTML_EXPORT_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const STYLE = `
  body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1b1e; max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
  h1 { font-size: 1.6rem; border-bottom: 2px solid #e9ecef; padding-bottom: .4rem; }
  h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #e9ecef; padding-bottom: .2rem; }
  h3 { font-size: 1.05rem; }
  blockquote { border-left: 3px solid #ced4da; margin: 0; padding-left: 1rem; color: #495057; }
  code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; background: #f8f9fa; }
  pre { padding: .75rem; overflow-x: auto; }
  table { border-collapse: collapse; } td, th { border: 1px solid #dee2e6; padding: .25rem .5rem; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } li, blockquote { break-inside: avoid; } a { color: inherit; } }
`;

/** The retrospective as Markdown (same renderer the web app can use, from packages/shared). */
export const toMarkdown = renderRetroMarkdown;

/** A printable, self-contained HTML page of the retrospective. */
export function toHtml(view: Parameters<typeof renderRetroMarkdown>[0]): string {
  const body = md.render(renderRetroMarkdown(view));
  const title = escapeHtml(`${view.incident.ref} — ${view.incident.title} (retrospective)`);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head>\n<body>\n${body}</body></html>\n`;
}

/** A safe file name for downloads. */
export const exportName = (ref: string, revision: number, ext: string) => `${ref}-retrospective-r${revision}.${ext}`;

/**
 * Audits an export of a retrospective (`export.downloaded`): by the signed-in reader, or by whoever
 * holds a share link (`via: 'share_link'`, recorded as "share link" with their address; never the token).
 */
export async function auditExport(
  deps: Deps,
  who: AuditWho,
  v: { id: string; revision: number; incident: { ref: string } },
  format: 'markdown' | 'html',
  via: 'signed_in' | 'share_link',
): Promise<void> {
  await transaction(deps, (tx) =>
    audit(tx, who, {
      action: 'export.downloaded',
      target: { type: 'retro', id: v.id, label: v.incident.ref },
      details: { format, revision: v.revision, via },
    }),
  );
}
