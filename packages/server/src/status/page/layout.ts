import { type Html, html } from './html.ts';
import type { ComponentStatus, PageModel } from './model.ts';
import { brandStyle, stylesheetVersion } from './styles.ts';

/** Where the page lives: `/status` on Firebreak's own host, `` on the status page's own host. */
export type Base = '' | '/status';

export const paths = (base: Base) => ({
  home: base || '/',
  incident: (id: string) => `${base}/incidents/${encodeURIComponent(id)}`,
  maintenance: (id: string) => `${base}/maintenances/${encodeURIComponent(id)}`,
  item: (i: { kind: 'incident' | 'maintenance'; id: string }) => `${base}/${i.kind}s/${encodeURIComponent(i.id)}`,
  history: `${base}/history`,
  rss: `${base}/history.rss`,
  atom: `${base}/history.atom`,
  subscribe: `${base}/subscribe`,
  stylesheet: `${base}/page.css?v=${stylesheetVersion}`,
  confirm: (token: string) => `${base}/confirm/${token}`,
  manage: (token: string) => `${base}/manage/${token}`,
  unsubscribe: (token: string) => `${base}/unsubscribe/${token}`,
});

export const STATUS_LABELS: Record<ComponentStatus, string> = {
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  under_maintenance: 'Under maintenance',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2 Mar 2026, 14:05 UTC` in a <time> (the server has no reader's time zone; no script converts it). */
export function when(iso: string): Html {
  const d = new Date(iso);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`;
  return html`<time datetime="${d.toISOString()}">${text}</time>`;
}

export const day = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/** The document around every status page view: brand header, content, footer with feeds. */
export function layout(m: Pick<PageModel, 'name' | 'logoUrl' | 'brandColor'>, base: Base, title: string, content: Html): string {
  const p = paths(base);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>${title}</title>
<link rel="alternate" type="application/rss+xml" title="${m.name} status history (RSS)" href="${p.rss}">
<link rel="alternate" type="application/atom+xml" title="${m.name} status history (Atom)" href="${p.atom}">
<link rel="stylesheet" href="${p.stylesheet}"><style>${brandStyle(m.brandColor)}</style></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="brand"><div class="wrap"><a href="${p.home}">${m.logoUrl ? html`<img src="${m.logoUrl}" alt=""> ` : ''}${m.name} status</a></div></header>
<main id="main" class="wrap">${content}</main>
<footer><div class="wrap small"><a href="${p.home}">Current status</a><a href="${p.history}">Incident history</a><a href="${p.subscribe}">Subscribe to updates</a><a href="${p.rss}">RSS</a><a href="${p.atom}">Atom</a></div></footer>
</body></html>
`.value;
}
