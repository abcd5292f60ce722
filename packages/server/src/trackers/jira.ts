import { z } from 'zod';
import { type Connection, callJson, header, type IssueDraft, type TrackerClient } from './client.ts';
import { hmacMatches } from './hmac.ts';

/**
 * Jira Cloud (REST v3, https://developer.atlassian.com/cloud/jira/platform/rest/v3/): an Atlassian
 * account e-mail and API token (Basic auth). The description is Atlassian Document Format. A label
 * `firebreak-<follow-up id>` marks the issue so a retry finds it. Webhooks: an admin webhook with a
 * secret, signed in X-Hub-Signature (sha256=…).
 */
const headers = (c: Connection) => ({ authorization: `Basic ${Buffer.from(`${c.settings.email}:${c.token}`).toString('base64')}` });
const label = (d: Pick<IssueDraft, 'actionId'>) => `firebreak-${d.actionId}`;
const browse = (c: Connection, key: string) => `${c.settings.siteUrl}/browse/${key}`;

const Status = z.object({ status: z.object({ statusCategory: z.object({ key: z.string() }) }) });
const statusOf = (f: z.infer<typeof Status>) => (f.status.statusCategory.key === 'done' ? 'closed' : 'open');

/** Paragraphs of text runs (some of them links) as an ADF document. */
export function adf(paragraphs: IssueDraft['paragraphs']) {
  return {
    type: 'doc',
    version: 1,
    content: paragraphs
      .map((runs) => runs.filter((r) => r.text.length > 0))
      .filter((runs) => runs.length > 0)
      .map((runs) => ({
        type: 'paragraph',
        content: runs.map((r) => ({
          type: 'text',
          text: r.text,
          ...(r.href ? { marks: [{ type: 'link', attrs: { href: r.href } }] } : {}),
        })),
      })),
  };
}

export const jira: TrackerClient = {
  target: (s) => `${s.projectKey} on ${new URL(s.siteUrl).host}`,
  async test(c, signal) {
    const { json } = await callJson(c, `${c.settings.siteUrl}/rest/api/3/myself`, { headers: headers(c) }, signal);
    const me = z.object({ displayName: z.string() }).parse(json);
    return `Connected as ${me.displayName}`;
  },
  async create(c, d, signal) {
    const body = {
      fields: {
        project: { key: c.settings.projectKey },
        issuetype: { name: c.settings.issueType },
        summary: d.title,
        description: adf(d.paragraphs),
        labels: [label(d)],
      },
    };
    const { json } = await callJson(c, `${c.settings.siteUrl}/rest/api/3/issue`, { method: 'POST', headers: headers(c), body }, signal);
    const i = z.object({ id: z.string(), key: z.string() }).parse(json);
    return { id: i.id, key: i.key, url: browse(c, i.key), status: 'open' };
  },
  async find(c, d, signal) {
    const q = new URLSearchParams({
      jql: `project = "${c.settings.projectKey}" AND labels = "${label(d)}"`,
      fields: 'status',
      maxResults: '1',
    });
    const { json } = await callJson(c, `${c.settings.siteUrl}/rest/api/3/search/jql?${q}`, { headers: headers(c) }, signal);
    const hit = z.object({ issues: z.array(z.object({ id: z.string(), key: z.string(), fields: Status })) }).parse(json).issues[0];
    return hit ? { id: hit.id, key: hit.key, url: browse(c, hit.key), status: statusOf(hit.fields) } : null;
  },
  async read(c, id, signal) {
    const { json } = await callJson(
      c,
      `${c.settings.siteUrl}/rest/api/3/issue/${encodeURIComponent(id)}?fields=status`,
      { headers: headers(c) },
      signal,
    );
    return { id, status: statusOf(z.object({ fields: Status }).parse(json).fields), by: null };
  },
  verify: (secret, h, raw) => hmacMatches(secret, raw, header(h, 'x-hub-signature'), 'sha256='),
  parse(_h, body) {
    const p = z
      .object({
        webhookEvent: z.literal('jira:issue_updated'),
        user: z.object({ displayName: z.string() }).optional(),
        issue: z.object({ id: z.string(), fields: Status }),
        changelog: z.object({ items: z.array(z.object({ field: z.string() })) }).optional(),
      })
      .safeParse(body);
    if (!p.success || !p.data.changelog?.items.some((i) => i.field === 'status')) return null;
    return { id: p.data.issue.id, status: statusOf(p.data.issue.fields), by: p.data.user?.displayName ?? null };
  },
};
