import { Feed } from 'feed';
import { html } from './html.ts';
import { day } from './layout.ts';
import type { IncidentModel, PageModel } from './model.ts';
import { summaryHtml } from './summary.ts';

/** Items in a feed: the newest incidents and maintenances (Statuspage's history feeds also stop at 25). */
export const FEED_ITEMS = 25;

const word = (s: string) => s.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const stamp = (iso: string) => `${day(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;

/** Like Statuspage's history feeds: one item per incident, its public updates newest first as HTML. */
function itemHtml(i: IncidentModel): string {
  return html`${i.updates.map((u) => html`<p><small>${stamp(u.at)}</small><br><strong>${word(u.status)}</strong> - ${u.body}</p>`)}${
    i.summary ? html`<p><strong>What happened</strong></p>${summaryHtml(i.summary.body)}` : ''
  }`.value;
}

/** `absolute`: the page's URL as people outside reach it (its own host, or /status under the public URL). */
function build(m: PageModel, absolute: string): Feed {
  const all = [...m.incidents, ...m.maintenances, ...m.history]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
    .slice(0, FEED_ITEMS);
  const feed = new Feed({
    id: absolute,
    title: `${m.name} Status - Incident History`,
    description: `Statuspage-style incident history of ${m.name}`,
    link: absolute,
    updated: new Date(all[0]?.updatedAt ?? m.updatedAt),
    generator: 'Firebreak',
    language: 'en',
    copyright: m.name,
    feedLinks: { rss: `${absolute}/history.rss`, atom: `${absolute}/history.atom` },
  });
  for (const i of all) {
    const link = `${absolute}/${i.kind}s/${encodeURIComponent(i.id)}`;
    feed.addItem({
      title: i.title,
      id: link,
      guid: link,
      link,
      date: new Date(i.updatedAt),
      published: new Date(i.createdAt),
      description: itemHtml(i),
      content: itemHtml(i),
    });
  }
  return feed;
}

export const rss = (m: PageModel, absolute: string): string => build(m, absolute).rss2();
export const atom = (m: PageModel, absolute: string): string => build(m, absolute).atom1();
