import { parseSummary, type SummaryInline } from '@firebreak/shared';
import { type Html, html } from './html.ts';

function inline(x: SummaryInline): Html {
  switch (x.t) {
    case 'br':
      return html`<br>`;
    case 'strong':
      return html`<strong>${x.v}</strong>`;
    case 'em':
      return html`<em>${x.v}</em>`;
    case 'link':
      return html`<a href="${x.href}" rel="nofollow noopener noreferrer">${x.v}</a>`;
    case 'text':
      return html`${x.v}`;
  }
}

/**
 * The retrospective's public summary as HTML: the little markdown `parseSummary` understands, every
 * piece of text through the escaping template (links: https only, decided by the parser), nothing else.
 */
export function summaryHtml(text: string): Html {
  return html`${parseSummary(text).map((b) =>
    b.type === 'p' ? html`<p>${b.inlines.map(inline)}</p>` : html`<ul>${b.items.map((item) => html`<li>${item.map(inline)}</li>`)}</ul>`,
  )}`;
}
