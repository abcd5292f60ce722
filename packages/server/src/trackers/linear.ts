import { z } from 'zod';
import { type Connection, callJson, type ExternalIssue, header, type TrackerClient, TrackerError } from './client.ts';
import { hmacMatches } from './hmac.ts';

/**
 * Linear (GraphQL, https://linear.app/developers): a personal API key in Authorization (no
 * "Bearer"). The issue is created with the follow-up's id as its own (`IssueCreateInput.id` takes a
 * UUID v4), so a retry finds it by id. Webhooks: signed in Linear-Signature (hex HMAC-SHA256 of the
 * raw body) with the signing secret Linear shows.
 */
const url = (c: Connection) => c.settings.apiUrl || 'https://api.linear.app/graphql';
const CLOSED = ['completed', 'canceled'];

async function gql(c: Connection, query: string, variables: Record<string, unknown>, signal: AbortSignal): Promise<unknown> {
  const { json } = await callJson(c, url(c), { method: 'POST', headers: { authorization: c.token }, body: { query, variables } }, signal);
  const res = z
    .object({ data: z.unknown().nullable().optional(), errors: z.array(z.object({ message: z.string() })).optional() })
    .parse(json);
  if (res.errors?.length) throw new TrackerError(200, `Linear answered: ${res.errors.map((e) => e.message).join('; ')}`.slice(0, 500));
  return res.data;
}

const Issue = z.object({ id: z.string(), identifier: z.string(), url: z.string(), state: z.object({ type: z.string() }) });
const external = (i: z.infer<typeof Issue>): ExternalIssue => ({
  id: i.id,
  key: i.identifier,
  url: i.url,
  status: CLOSED.includes(i.state.type) ? 'closed' : 'open',
});
const ISSUE_FIELDS = 'id identifier url state { type }';
const BY_ID = `query IssueById($id: ID!) { issues(filter: { id: { eq: $id } }) { nodes { ${ISSUE_FIELDS} } } }`;

async function byId(c: Connection, id: string, signal: AbortSignal) {
  const data = z.object({ issues: z.object({ nodes: z.array(Issue) }) }).parse(await gql(c, BY_ID, { id }, signal));
  return data.issues.nodes[0] ?? null;
}

export const linear: TrackerClient = {
  target: (s) => `team ${s.teamId.slice(0, 8)}`,
  async test(c, signal) {
    const data = z
      .object({ viewer: z.object({ name: z.string() }) })
      .parse(await gql(c, 'query Viewer { viewer { id name } }', {}, signal));
    return `Connected as ${data.viewer.name}`;
  },
  async create(c, d, signal) {
    const query = `mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { ${ISSUE_FIELDS} } } }`;
    const input = { id: d.actionId, teamId: c.settings.teamId, title: d.title, description: d.markdown };
    const data = z
      .object({ issueCreate: z.object({ success: z.boolean(), issue: Issue.nullable() }) })
      .parse(await gql(c, query, { input }, signal));
    if (!data.issueCreate.success || !data.issueCreate.issue) throw new TrackerError(200, 'Linear did not create the issue');
    return external(data.issueCreate.issue);
  },
  async find(c, d, signal) {
    const hit = await byId(c, d.actionId, signal);
    return hit ? external(hit) : null;
  },
  async read(c, id, signal) {
    const hit = await byId(c, id, signal);
    if (!hit) throw new TrackerError(404, 'Linear has no such issue (deleted?)');
    return { id, status: external(hit).status, by: null };
  },
  verify: (secret, h, raw) => hmacMatches(secret, raw, header(h, 'linear-signature')),
  parse(_h, body) {
    const p = z
      .object({
        type: z.literal('Issue'),
        action: z.literal('update'),
        actor: z.object({ name: z.string() }).optional(),
        data: z.object({ id: z.string(), state: z.object({ type: z.string() }) }),
      })
      .safeParse(body);
    if (!p.success) return null;
    return { id: p.data.data.id, status: CLOSED.includes(p.data.data.state.type) ? 'closed' : 'open', by: p.data.actor?.name ?? null };
  },
};
