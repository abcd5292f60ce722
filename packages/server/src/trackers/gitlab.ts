import { z } from 'zod';
import { type Connection, callJson, type ExternalIssue, header, type TrackerClient } from './client.ts';
import { tokenMatches } from './hmac.ts';

/**
 * GitLab Issues (REST v4, https://docs.gitlab.com/api/issues/): a project or personal access token
 * with the `api` scope, sent as PRIVATE-TOKEN. Webhooks: "Issues events", with the secret token GitLab
 * sends back in X-Gitlab-Token.
 */
const project = (c: Connection) => `${c.settings.baseUrl}/api/v4/projects/${encodeURIComponent(c.settings.projectId)}`;
const headers = (c: Connection) => ({ 'private-token': c.token });

const Issue = z.object({
  id: z.number(),
  iid: z.number(),
  web_url: z.string(),
  state: z.string(),
  description: z.string().nullable().optional(),
  closed_by: z.object({ username: z.string() }).nullable().optional(),
});
const external = (i: z.infer<typeof Issue>): ExternalIssue => ({
  id: String(i.iid),
  key: `#${i.iid}`,
  url: i.web_url,
  status: i.state === 'closed' ? 'closed' : 'open',
});

export const gitlab: TrackerClient = {
  target: (s) => `${new URL(s.baseUrl).host} project ${s.projectId}`,
  async test(c, signal) {
    const { json } = await callJson(c, project(c), { headers: headers(c) }, signal);
    const p = z.object({ path_with_namespace: z.string() }).parse(json);
    return `Connected to ${p.path_with_namespace}`;
  },
  async create(c, d, signal) {
    const { json } = await callJson(
      c,
      `${project(c)}/issues`,
      { method: 'POST', headers: headers(c), body: { title: d.title, description: d.markdown } },
      signal,
    );
    return external(Issue.parse(json));
  },
  async find(c, d, signal) {
    const q = new URLSearchParams({ created_after: d.since, order_by: 'created_at', sort: 'desc', per_page: '100', scope: 'all' });
    const { json } = await callJson(c, `${project(c)}/issues?${q}`, { headers: headers(c) }, signal);
    const hit = z
      .array(Issue)
      .parse(json)
      .find((i) => i.description?.includes(d.marker));
    return hit ? external(hit) : null;
  },
  async read(c, id, signal) {
    const { json } = await callJson(c, `${project(c)}/issues/${encodeURIComponent(id)}`, { headers: headers(c) }, signal);
    const i = Issue.parse(json);
    return { id, status: external(i).status, by: i.closed_by?.username ?? null };
  },
  verify: (secret, h) => tokenMatches(secret, header(h, 'x-gitlab-token')),
  parse(h, body) {
    if (header(h, 'x-gitlab-event') !== 'Issue Hook') return null;
    const p = z
      .object({
        object_kind: z.literal('issue'),
        user: z.object({ username: z.string() }).optional(),
        object_attributes: z.object({ iid: z.number(), action: z.string().optional() }),
      })
      .safeParse(body);
    const action = p.success ? p.data.object_attributes.action : undefined;
    if (!p.success || (action !== 'close' && action !== 'reopen')) return null;
    return { id: String(p.data.object_attributes.iid), status: action === 'close' ? 'closed' : 'open', by: p.data.user?.username ?? null };
  },
};
