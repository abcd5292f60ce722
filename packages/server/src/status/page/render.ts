import { type Html, html, raw } from './html.ts';
import { type Base, day, layout, paths, STATUS_LABELS, when } from './layout.ts';
import type { ComponentModel, ComponentStatus, DayModel, IncidentModel, PageModel } from './model.ts';
import { summaryHtml } from './summary.ts';

const IMPACT_LABELS: Record<string, string> = {
  none: 'No impact',
  minor: 'Minor impact',
  major: 'Major impact',
  critical: 'Critical impact',
  maintenance: 'Maintenance',
};

const statusWord = (s: string) => s.replace(/_/g, ' ');

/** Public updates, newest first. */
function updates(i: IncidentModel): Html {
  if (!i.updates.length) return html``;
  return html`<ol class="plain">${i.updates.map(
    (u) =>
      html`<li class="update"><p><span class="tag">${statusWord(u.status)}</span> — ${u.body}</p><p class="muted small">${when(u.at)}</p></li>`,
  )}</ol>`;
}

function body(i: IncidentModel): Html {
  return i.body ? html`<p style="white-space:pre-wrap;overflow-wrap:anywhere">${i.body}</p>` : html``;
}

function affected(i: IncidentModel): Html {
  return i.components.length ? html`<p class="muted small">Affects: ${i.components.map((c) => c.name).join(', ')}</p>` : html``;
}

function incidentCard(i: IncidentModel, base: Base, level: 'h3' | 'h2' = 'h3'): Html {
  const title = html`<a href="${paths(base).item(i)}">${i.title}</a>`;
  const heading = level === 'h3' ? html`<h3>${title}</h3>` : html`<h2>${title}</h2>`;
  const schedule =
    i.scheduledFor && i.scheduledUntil ? html`<p class="small">Scheduled ${when(i.scheduledFor)} to ${when(i.scheduledUntil)}</p>` : '';
  return html`<article class="card">${heading}<p class="small"><span class="tag">${statusWord(i.status)}</span> · ${IMPACT_LABELS[i.impact] ?? i.impact}</p>${schedule}${body(i)}${affected(i)}${updates(i)}</article>`;
}

type DayRun = { first: string; last: string; n: number; status: ComponentStatus; note: string | null };

/**
 * Consecutive days with the same status and no minutes to tell (quiet days, maintenance): one element
 * on the page (a bar per day is drawn by CSS). A day with outage minutes stays on its own, with its minutes.
 */
export function dayRuns(days: DayModel[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const d of days) {
    const prev = runs.at(-1);
    if (prev && prev.status === d.status && prev.note === null && d.note === null) {
      prev.last = d.date;
      prev.n++;
    } else runs.push({ first: d.date, last: d.date, n: 1, status: d.status, note: d.note });
  }
  return runs;
}

/**
 * 90 bars, one per day (worst status that day). Days in a row with the same status are one list item
 * spanning that many bars (`--n`; styles.ts draws a bar per day inside it), whose words (for screen
 * readers, and a title on hover) name the days it covers: a quiet quarter is one item, not 90.
 */
function bars(c: ComponentModel): Html {
  if (!c.days.length) return html``;
  const first = c.days[0].date;
  const uptime = c.uptime === null ? '' : `${c.uptime.toFixed(c.uptime === 100 ? 0 : 2)}% uptime`;
  return html`<ol class="bars" aria-label="${c.name}: daily status, last ${c.days.length} days">${dayRuns(c.days).map((r) => {
    const span = r.n === 1 ? day(r.first) : `${day(r.first)} – ${day(r.last)} (${r.n} days)`;
    const text = `${span}: ${r.status === 'operational' ? 'no incidents' : STATUS_LABELS[r.status]}${r.note ? ` (${r.note})` : ''}`;
    return html`<li class="${r.status}"${r.n === 1 ? '' : raw(` style="--n:${r.n}"`)} title="${text}">${text}</li>`;
  })}</ol><div class="row muted small"><span>${day(first)}</span><span>${uptime}</span><span>Today</span></div>`;
}

function component(c: ComponentModel): Html {
  return html`<li class="component"><div class="row"><h3>${c.name}</h3><span class="st ${c.status}">${STATUS_LABELS[c.status]}</span></div>${
    c.description ? html`<p class="muted small">${c.description}</p>` : ''
  }${bars(c)}</li>`;
}

function subscribeForm(base: Base): Html {
  return html`<section aria-labelledby="subscribe"><h2 id="subscribe">Get updates</h2><div class="card">
<form class="subscribe" method="post" action="${paths(base).subscribe}"><div class="field"><label for="email">E-mail address</label><input id="email" name="email" type="email" autocomplete="email" required></div><button type="submit">Subscribe</button></form>
<p class="small muted">We send one e-mail to confirm first. <a href="${paths(base).subscribe}">Choose components, or subscribe a webhook</a> · <a href="${paths(base).rss}">RSS</a> · <a href="${paths(base).atom}">Atom</a></p></div></section>`;
}

/** The status page: overall state, current incidents and maintenance, components with 90 days, subscribe form. */
export function renderHome(m: PageModel, base: Base): string {
  const content = html`<h1>Current status</h1>
<p class="banner ${m.indicator}">${m.description}</p>
${m.incidents.length ? html`<section aria-labelledby="current"><h2 id="current">Current incidents</h2>${m.incidents.map((i) => incidentCard(i, base))}</section>` : ''}
${m.maintenances.length ? html`<section aria-labelledby="maintenance"><h2 id="maintenance">Scheduled maintenance</h2>${m.maintenances.map((i) => incidentCard(i, base))}</section>` : ''}
<section aria-labelledby="components"><h2 id="components">Components</h2>${
    m.groups.length
      ? m.groups.map(
          (g) =>
            html`<div class="card">${g.name ? html`<h3>${g.name}</h3>${g.description ? html`<p class="muted small">${g.description}</p>` : ''}` : ''}<ul class="plain">${g.components.map(component)}</ul></div>`,
        )
      : html`<p class="muted">No components are shown yet.</p>`
  }</section>
${subscribeForm(base)}
<section aria-labelledby="past"><h2 id="past">Past incidents</h2>${
    m.history.length
      ? html`<ul class="plain">${m.history
          .slice(0, 5)
          .map(
            (i) =>
              html`<li class="card"><a href="${paths(base).item(i)}">${i.title}</a> <span class="muted small">· resolved ${when(i.resolvedAt ?? i.updatedAt)}${
                i.summary ? ' · summary available' : ''
              }</span></li>`,
          )}</ul>`
      : html`<p class="muted">No incidents reported recently.</p>`
  }<p><a href="${paths(base).history}">Full incident history</a></p></section>
<p class="muted small">Last updated ${when(m.updatedAt)}</p>`;
  return layout(m, base, `${m.name} status`, content);
}

/** One incident (or maintenance) with all its public updates and, once published, the retrospective's public summary. */
export function renderIncident(m: PageModel, i: IncidentModel, base: Base): string {
  const content = html`<p class="small"><a href="${paths(base).home}">Current status</a> · <a href="${paths(base).history}">Incident history</a></p><h1>${i.title}</h1>
<p><span class="tag">${statusWord(i.status)}</span> · ${IMPACT_LABELS[i.impact] ?? i.impact} · started ${when(i.createdAt)}${
    i.resolvedAt ? html` · resolved ${when(i.resolvedAt)}` : ''
  }</p>${
    i.scheduledFor && i.scheduledUntil ? html`<p>Scheduled ${when(i.scheduledFor)} to ${when(i.scheduledUntil)}</p>` : ''
  }${body(i)}${affected(i)}
${
  i.summary
    ? html`<section aria-labelledby="summary" class="card summary"><h2 id="summary">What happened</h2>${summaryHtml(i.summary.body)}<p class="muted small">Summary of our review, published ${when(i.summary.publishedAt)}${
        i.summary.updatedAt > i.summary.publishedAt ? html` · updated ${when(i.summary.updatedAt)}` : ''
      }</p></section>`
    : ''
}
<section aria-labelledby="updates"><h2 id="updates">Updates</h2><div class="card">${i.updates.length ? updates(i) : html`<p class="muted">No updates yet.</p>`}</div></section>`;
  return layout(m, base, `${i.title} · ${m.name} status`, content);
}

/** Past incidents, newest first. */
export function renderHistory(m: PageModel, base: Base): string {
  const content = html`<h1>Incident history</h1>${
    m.history.length
      ? html`<ul class="plain">${m.history.map(
          (i) => html`<li class="card"><h2 style="margin:0 0 .25rem;font-size:1.05rem"><a href="${paths(base).item(i)}">${i.title}</a></h2>
<p class="small muted">${IMPACT_LABELS[i.impact] ?? i.impact} · ${when(i.createdAt)}${i.resolvedAt ? html` – ${when(i.resolvedAt)}` : ''}${
            i.summary ? html` · <a href="${paths(base).item(i)}#summary">Summary available</a>` : ''
          }</p>${
            i.updates[0] ? html`<p class="small" style="white-space:pre-wrap;overflow-wrap:anywhere">${i.updates[0].body}</p>` : ''
          }</li>`,
        )}</ul>`
      : html`<p class="muted">No past incidents.</p>`
  }`;
  return layout(m, base, `Incident history · ${m.name} status`, content);
}
