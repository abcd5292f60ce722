import { z } from 'zod';
import { documented, type Fake, NotDocumented, onlyQuery, startFake } from './server.ts';

/**
 * GitLab's REST API v4 for issues as documented (https://docs.gitlab.com/api/issues/,
 * https://docs.gitlab.com/api/projects/#get-a-single-project): PRIVATE-TOKEN, strict bodies.
 */
export type GitLabIssue = {
  iid: number;
  title: string;
  description: string | null;
  state: 'opened' | 'closed';
  closedBy: string | null;
  createdAt: string;
};
export type GitLabFake = Fake & {
  issues: GitLabIssue[];
  loseNextCreate: boolean;
  setState(iid: number, state: 'opened' | 'closed', by?: string): void;
};

const CreateIssue = z.strictObject({
  title: z.string().min(1),
  description: z.string().max(1_048_576).optional(),
  assignee_id: z.number().int().optional(),
  assignee_ids: z.array(z.number().int()).optional(),
  confidential: z.boolean().optional(),
  created_at: z.string().optional(),
  due_date: z.string().optional(),
  epic_id: z.number().int().optional(),
  issue_type: z.enum(['issue', 'incident', 'test_case', 'task']).optional(),
  labels: z.string().optional(),
  milestone_id: z.number().int().optional(),
  weight: z.number().int().optional(),
});
const ListQuery = [
  'assignee_id',
  'author_id',
  'confidential',
  'created_after',
  'created_before',
  'iids[]',
  'labels',
  'milestone',
  'order_by',
  'per_page',
  'page',
  'scope',
  'search',
  'sort',
  'state',
  'updated_after',
  'updated_before',
];

export async function startGitLab(opts: { projectId: string; token: string; now?: () => Date }): Promise<GitLabFake> {
  const now = opts.now ?? (() => new Date());
  const issues: GitLabIssue[] = [];
  const projectPath = `/api/v4/projects/${opts.projectId}`;
  const view = (base: string, i: GitLabIssue) => ({
    id: 5000 + i.iid,
    iid: i.iid,
    project_id: Number(opts.projectId),
    title: i.title,
    description: i.description,
    state: i.state,
    web_url: `${base}/acme/api/-/issues/${i.iid}`,
    closed_by: i.closedBy ? { username: i.closedBy } : null,
    created_at: i.createdAt,
  });
  const fake = (await startFake((req, f) => {
    if (req.headers['private-token'] !== opts.token) return { status: 401, body: { message: '401 Unauthorized' } };
    if (req.method === 'GET' && req.path === projectPath) {
      onlyQuery(req.query, ['license', 'statistics', 'with_custom_attributes'], 'get a single project');
      return { status: 200, body: { id: Number(opts.projectId), path_with_namespace: 'acme/api' } };
    }
    if (req.method === 'POST' && req.path === `${projectPath}/issues`) {
      const body = documented(CreateIssue, req.body, 'new issue');
      const issue: GitLabIssue = {
        iid: issues.length + 1,
        title: body.title,
        description: body.description ?? null,
        state: 'opened',
        closedBy: null,
        createdAt: now().toISOString(),
      };
      issues.push(issue);
      if (fake.loseNextCreate) {
        fake.loseNextCreate = false;
        return { status: 502, body: { message: '502 Bad Gateway' } };
      }
      return { status: 201, body: view(f.url, issue) };
    }
    if (req.method === 'GET' && req.path === `${projectPath}/issues`) {
      onlyQuery(req.query, ListQuery, 'list project issues');
      const q = documented(
        z.object({
          created_after: z.iso.datetime().optional(),
          order_by: z
            .enum([
              'created_at',
              'updated_at',
              'priority',
              'due_date',
              'relative_position',
              'label_priority',
              'milestone_due',
              'popularity',
              'weight',
              'title',
            ])
            .optional(),
          sort: z.enum(['asc', 'desc']).optional(),
          per_page: z.coerce.number().int().min(1).max(100).optional(),
          scope: z.enum(['created_by_me', 'assigned_to_me', 'all']).optional(),
        }),
        Object.fromEntries(req.query),
        'list project issues',
      );
      const list = issues.filter((i) => !q.created_after || i.createdAt >= q.created_after).reverse();
      return { status: 200, body: list.slice(0, q.per_page ?? 20).map((i) => view(f.url, i)) };
    }
    const m = /^\/issues\/(\d+)$/.exec(req.path.slice(projectPath.length));
    if (req.method === 'GET' && req.path.startsWith(projectPath) && m) {
      const issue = issues.find((i) => i.iid === Number(m[1]));
      return issue ? { status: 200, body: view(f.url, issue) } : { status: 404, body: { message: '404 Not found' } };
    }
    if (!req.path.startsWith(projectPath)) return { status: 404, body: { message: '404 Project Not Found' } };
    throw new NotDocumented(`${req.method} ${req.path} is not an endpoint Firebreak should call`);
  })) as GitLabFake;
  fake.issues = issues;
  fake.loseNextCreate = false;
  fake.setState = (iid, s, by = 'gitlab-user') => {
    const i = issues.find((x) => x.iid === iid);
    if (!i) throw new Error(`no issue ${iid}`);
    i.state = s;
    i.closedBy = s === 'closed' ? by : null;
  };
  return fake;
}
