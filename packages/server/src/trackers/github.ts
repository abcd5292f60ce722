import { z } from 'zod';
import { type Connection, callJson, type ExternalIssue, header, type TrackerClient } from './client.ts';
import { hmacMatches } from './hmac.ts';

/**
 * GitHub Issues (REST, https://docs.github.com/rest/issues): a fine-grained token with Issues read
 * and write. Webhooks: the `issues` event, signed in X-Hub-Signature-256.
 */
const api = (c: Connection) => c.settings.apiUrl || 'https://api.github.com';
const repoPath = (c: Connection) => `${api(c)}/repos/${encodeURIComponent(c.settings.owner)}/${encodeURIComponent(c.settings.repo)}`;
const headers = (c: Connection) => ({
  authorization: `Bearer ${c.token}`,
  accept: 'application/vnd.github+json',
  'x-github-api-version': '2022-11-28',
});

const Issue = z.object({
  id: z.number(),
  number: z.number(),
  html_url: z.string(),
  state: z.string(),
  body: z.string().nullable().optional(),
  closed_by: z.object({ login: z.string() }).nullable().optional(),
});
const external = (i: z.infer<typeof Issue>): ExternalIssue => ({
  id: String(i.number),
  key: `#${i.number}`,
  url: i.html_url,
  status: i.state === 'closed' ? 'closed' : 'open',
});

export const github: TrackerClient = {
  target: (s) => `${s.owner}/${s.repo}`,
  async test(c, signal) {
    const { json } = await callJson(c, repoPath(c), { headers: headers(c) }, signal);
    const repo = z.object({ full_name: z.string(), has_issues: z.boolean().optional() }).parse(json);
    if (repo.has_issues === false) return `${repo.full_name} is reachable, but its issues are turned off`;
    return `Connected to ${repo.full_name}`;
  },
  async create(c, d, signal) {
    const { json } = await callJson(
      c,
      `${repoPath(c)}/issues`,
      { method: 'POST', headers: headers(c), body: { title: d.title, body: d.markdown } },
      signal,
    );
    return external(Issue.parse(json));
  },
  async find(c, d, signal) {
    const q = new URLSearchParams({ state: 'all', sort: 'created', direction: 'desc', since: d.since, per_page: '100' });
    const { json } = await callJson(c, `${repoPath(c)}/issues?${q}`, { headers: headers(c) }, signal);
    const hit = z
      .array(Issue)
      .parse(json)
      .find((i) => i.body?.includes(d.marker));
    return hit ? external(hit) : null;
  },
  async read(c, id, signal) {
    const { json } = await callJson(c, `${repoPath(c)}/issues/${encodeURIComponent(id)}`, { headers: headers(c) }, signal);
    const i = Issue.parse(json);
    return { id, status: external(i).status, by: i.closed_by?.login ?? null };
  },
  verify: (secret, h, raw) => hmacMatches(secret, raw, header(h, 'x-hub-signature-256'), 'sha256='),
  parse(h, body) {
    if (header(h, 'x-github-event') !== 'issues') return null;
    const p = z
      .object({ action: z.string(), issue: z.object({ number: z.number() }), sender: z.object({ login: z.string() }).optional() })
      .safeParse(body);
    if (!p.success || (p.data.action !== 'closed' && p.data.action !== 'reopened')) return null;
    return { id: String(p.data.issue.number), status: p.data.action === 'closed' ? 'closed' : 'open', by: p.data.sender?.login ?? null };
  },
};
