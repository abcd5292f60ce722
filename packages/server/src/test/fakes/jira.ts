import { z } from 'zod';
import { documented, type Fake, NotDocumented, onlyQuery, startFake } from './server.ts';

/**
 * Jira Cloud REST v3 as documented (https://developer.atlassian.com/cloud/jira/platform/rest/v3/):
 * Basic auth with e-mail and API token, issue creation with an Atlassian Document Format
 * description (validated node by node for the nodes Firebreak writes), JQL search, issue read.
 */
export type JiraIssue = { id: string; key: string; summary: string; labels: string[]; description: unknown; done: boolean };
export type JiraFake = Fake & { issues: JiraIssue[]; loseNextCreate: boolean; setDone(key: string, done: boolean): void };

const Text = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z
    .array(z.strictObject({ type: z.literal('link'), attrs: z.strictObject({ href: z.url(), title: z.string().optional() }) }))
    .optional(),
});
const Paragraph = z.strictObject({ type: z.literal('paragraph'), content: z.array(Text).optional() });
const Doc = z.strictObject({ type: z.literal('doc'), version: z.literal(1), content: z.array(Paragraph) });
const CreateIssue = z.strictObject({
  fields: z.strictObject({
    project: z.union([z.strictObject({ key: z.string() }), z.strictObject({ id: z.string() })]),
    issuetype: z.union([z.strictObject({ name: z.string() }), z.strictObject({ id: z.string() })]),
    summary: z.string().min(1).max(255),
    description: Doc.optional(),
    labels: z.array(z.string().regex(/^\S+$/, 'labels cannot contain spaces').max(255)).optional(),
    priority: z.strictObject({ name: z.string() }).optional(),
    assignee: z.strictObject({ accountId: z.string() }).optional(),
    duedate: z.string().optional(),
  }),
  update: z.record(z.string(), z.unknown()).optional(),
});

export async function startJira(opts: { email: string; token: string; projectKey: string }): Promise<JiraFake> {
  const issues: JiraIssue[] = [];
  const status = (i: JiraIssue) => ({ name: i.done ? 'Done' : 'To Do', statusCategory: { key: i.done ? 'done' : 'new' } });
  const fake = (await startFake((req, f) => {
    if (req.headers.authorization !== `Basic ${Buffer.from(`${opts.email}:${opts.token}`).toString('base64')}`)
      return { status: 401, body: { errorMessages: ['Client must be authenticated to access this resource.'] } };
    if (req.method === 'GET' && req.path === '/rest/api/3/myself') {
      onlyQuery(req.query, ['expand'], 'get current user');
      return {
        status: 200,
        body: { accountId: '5b10ac8d82e05b22cc7d4ef5', emailAddress: opts.email, displayName: 'Mia Krystof', active: true },
      };
    }
    if (req.method === 'POST' && req.path === '/rest/api/3/issue') {
      onlyQuery(req.query, ['updateHistory'], 'create issue');
      const body = documented(CreateIssue, req.body, 'create issue');
      const project = 'key' in body.fields.project ? body.fields.project.key : body.fields.project.id;
      if (project !== opts.projectKey)
        return { status: 400, body: { errorMessages: [], errors: { project: 'valid project is required' } } };
      const n = issues.length + 1;
      const issue: JiraIssue = {
        id: String(10000 + n),
        key: `${opts.projectKey}-${n}`,
        summary: body.fields.summary,
        labels: body.fields.labels ?? [],
        description: body.fields.description,
        done: false,
      };
      issues.push(issue);
      if (fake.loseNextCreate) {
        fake.loseNextCreate = false;
        return { status: 504, body: { errorMessages: ['Gateway timeout'] } };
      }
      return { status: 201, body: { id: issue.id, key: issue.key, self: `${f.url}/rest/api/3/issue/${issue.id}` } };
    }
    if (req.method === 'GET' && req.path === '/rest/api/3/search/jql') {
      onlyQuery(
        req.query,
        ['jql', 'nextPageToken', 'maxResults', 'fields', 'expand', 'properties', 'fieldsByKeys', 'failFast', 'reconcileIssues'],
        'search for issues using JQL (enhanced search)',
      );
      const jql = req.query.get('jql') ?? '';
      const m = /^project = "([A-Z0-9_]+)" AND labels = "([^"]+)"$/.exec(jql);
      if (!m) throw new NotDocumented(`unexpected JQL: ${jql}`);
      const hits = issues.filter((i) => m[1] === opts.projectKey && i.labels.includes(m[2]));
      return { status: 200, body: { issues: hits.map((i) => ({ id: i.id, key: i.key, fields: { status: status(i) } })), isLast: true } };
    }
    const m = /^\/rest\/api\/3\/issue\/([^/]+)$/.exec(req.path);
    if (req.method === 'GET' && m) {
      onlyQuery(req.query, ['fields', 'fieldsByKeys', 'expand', 'properties', 'updateHistory', 'failFast'], 'get issue');
      const issue = issues.find((i) => i.id === m[1] || i.key === m[1]);
      if (!issue) return { status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] } };
      return { status: 200, body: { id: issue.id, key: issue.key, fields: { status: status(issue) } } };
    }
    throw new NotDocumented(`${req.method} ${req.path} is not an endpoint Firebreak should call`);
  })) as JiraFake;
  fake.issues = issues;
  fake.loseNextCreate = false;
  fake.setDone = (key, done) => {
    const i = issues.find((x) => x.key === key);
    if (!i) throw new Error(`no issue ${key}`);
    i.done = done;
  };
  return fake;
}
