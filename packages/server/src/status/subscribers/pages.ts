import { type Html, html } from '../page/html.ts';
import { type Base, layout, paths } from '../page/layout.ts';
import { allComponents, type PageModel } from '../page/model.ts';

/**
 * The messages a redirect after the no-JavaScript form may show: the query names one of these, and
 * only these words are rendered (nothing from the request is echoed).
 */
export const RESULTS = {
  pending: ['info', 'Check your inbox: we sent you a link to confirm. Nothing else is sent until you confirm.'],
  invalid_email: ['error', 'Enter an e-mail address such as name@example.com.'],
  invalid_webhook: ['error', 'That webhook URL cannot be used: it must be a public http:// or https:// address.'],
  invalid_components: ['error', 'Choose at least one component, or everything.'],
  exists: ['error', 'That webhook URL is subscribed already; change it with its manage link.'],
  throttled: ['error', 'Too many subscription requests. Please try again in an hour.'],
  confirmed: ['info', 'Your subscription is confirmed. You will hear from us when something happens.'],
  saved: ['info', 'Your choices are saved.'],
  unsubscribed: ['info', 'You are unsubscribed. Nothing more will be sent to you.'],
} as const;
export type ResultCode = keyof typeof RESULTS;
export const isResultCode = (s: unknown): s is ResultCode => typeof s === 'string' && Object.hasOwn(RESULTS, s);

export function notice(code: ResultCode | null): Html {
  if (!code) return html``;
  const [kind, text] = RESULTS[code];
  return html`<p class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</p>`;
}

/** Everything, or only the components ticked. `prefix` keeps ids unique when two forms are on one page. */
function componentChoice(m: PageModel, prefix: string, chosen: string[] | null): Html {
  const comps = allComponents(m);
  if (!comps.length) return html`<input type="hidden" name="scope" value="all">`;
  return html`<fieldset><legend>Which components?</legend>
<label><input type="radio" name="scope" value="all"${chosen === null ? html` checked` : ''}> Everything</label>
<label><input type="radio" name="scope" value="some"${chosen !== null ? html` checked` : ''}> Only the ones ticked below</label>
${comps.map(
  (c) =>
    html`<label><input type="checkbox" name="components" value="${c.id}" id="${prefix}-${c.id}"${chosen?.includes(c.id) ? html` checked` : ''}> ${c.name}</label>`,
)}</fieldset>`;
}

/** The subscribe page: e-mail (double opt-in) and webhook forms; both work without JavaScript. */
export function renderSubscribe(m: PageModel, base: Base, result: ResultCode | null): string {
  const p = paths(base);
  const content = html`<h1>Subscribe to updates</h1>${notice(result)}
<section aria-labelledby="by-email" class="card"><h2 id="by-email" style="margin-top:0">By e-mail</h2>
<form method="post" action="${p.subscribe}"><label for="sub-email">E-mail address</label><input id="sub-email" name="email" type="email" autocomplete="email" required>
${componentChoice(m, 'email', null)}<button type="submit">Subscribe by e-mail</button></form>
<p class="small muted">We send one e-mail with a link to confirm; nothing else is sent until you confirm. Every e-mail has a link to unsubscribe.</p></section>
<section aria-labelledby="by-webhook" class="card"><h2 id="by-webhook" style="margin-top:0">By webhook</h2>
<form method="post" action="${p.subscribe}"><label for="sub-webhook">Webhook URL</label><input id="sub-webhook" name="webhook" type="url" placeholder="https://example.com/hooks/status" required>
${componentChoice(m, 'webhook', null)}<button type="submit">Subscribe a webhook</button></form>
<p class="small muted">We POST JSON like Atlassian Statuspage's webhooks (<code>meta</code>, <code>page</code>, <code>incident</code> or <code>component_update</code>), signed with a secret shown once.</p></section>
<section aria-labelledby="by-feed" class="card"><h2 id="by-feed" style="margin-top:0">By feed</h2><p><a href="${p.rss}">RSS feed</a> · <a href="${p.atom}">Atom feed</a></p></section>`;
  return layout(m, base, `Subscribe · ${m.name} status`, content);
}

/** A webhook subscription made with the form: its secret and manage link, shown this once. */
export function renderWebhookCreated(m: PageModel, base: Base, secret: string, manage: string): string {
  const content = html`<h1>Webhook subscribed</h1><p class="notice" role="status">Your webhook will receive incident and component updates.</p>
<div class="card"><p>Signing secret (shown only now; requests carry <code>Firebreak-Signature: v1=HMAC-SHA256(secret, timestamp.body)</code>):</p><p><code>${secret}</code></p>
<p>Change or remove this subscription: <a href="${manage}">manage link</a> (keep it; it is the only way).</p></div>`;
  return layout(m, base, `Webhook subscribed · ${m.name} status`, content);
}

/** The confirmation link opens this page; the button confirms (link scanners only GET, they do not subscribe people). */
export function renderConfirm(m: PageModel, base: Base, token: string, address: string, confirmed: boolean): string {
  const content = confirmed
    ? html`<h1>Subscription confirmed</h1>${notice('confirmed')}<p><a href="${paths(base).home}">Back to the status page</a></p>`
    : html`<h1>Confirm your subscription</h1><div class="card"><p>Send status updates of ${m.name} to <strong>${address}</strong>?</p>
<form method="post" action="${paths(base).confirm(token)}"><button type="submit">Confirm subscription</button></form></div>`;
  return layout(m, base, `Confirm · ${m.name} status`, content);
}

/** Change the components or unsubscribe. */
export function renderManage(
  m: PageModel,
  base: Base,
  token: string,
  address: string,
  chosen: string[] | null,
  result: ResultCode | null,
): string {
  const p = paths(base);
  const content = html`<h1>Your subscription</h1>${notice(result)}<div class="card"><p>Updates go to <strong>${address}</strong>.</p>
<form method="post" action="${p.manage(token)}">${componentChoice(m, 'manage', chosen)}<button type="submit">Save</button></form></div>
<div class="card"><form method="post" action="${p.unsubscribe(token)}"><button type="submit" class="secondary">Unsubscribe</button></form></div>`;
  return layout(m, base, `Your subscription · ${m.name} status`, content);
}

/** The unsubscribe link from an e-mail (GET shows a button; mail clients POST for one-click). */
export function renderUnsubscribe(m: PageModel, base: Base, token: string | null): string {
  const content = token
    ? html`<h1>Unsubscribe</h1><div class="card"><p>Stop all e-mail from ${m.name} status?</p><form method="post" action="${paths(base).unsubscribe(token)}"><button type="submit">Unsubscribe</button></form></div>`
    : html`<h1>Unsubscribed</h1>${notice('unsubscribed')}<p><a href="${paths(base).home}">Back to the status page</a></p>`;
  return layout(m, base, `Unsubscribe · ${m.name} status`, content);
}

/** A link that is not (or no longer) valid. */
export function renderInvalidLink(m: PageModel, base: Base): string {
  const content = html`<h1>This link is not valid</h1><p class="notice error" role="alert">The link may be incomplete, or the subscription was removed.</p><p><a href="${paths(base).subscribe}">Subscribe again</a></p>`;
  return layout(m, base, `Link not valid · ${m.name} status`, content);
}
