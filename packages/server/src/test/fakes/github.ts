import { z } from 'zod';
import { documented, type Fake, NotDocumented, onlyQuery, startFake } from './server.ts';

/**
 * GitHub's REST API for issues as documented (https://docs.github.com/rest/issues/issues,
 * https://docs.github.com/rest/repos/repos#get-a-repository): bearer token, the JSON media type and
 * API version headers, and strict bodies (an undocumented or mistyped field is a problem).
 */
export type GitHubIssue = {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  closedBy: string | null;
  createdAt: string;
};
export type GitHubFake = Fake & {
  issues: GitHubIssue[];
  /** The next create is done but answered 502 (the response is lost on the way back). */
  loseNextCreate: boolean;
  setState(number: number, state: 'open' | 'closed', by?: string): void;
};

const CreateIssue = z.strictObject({
  title: z.union([z.string().min(1), z.number()]),
  body: z.string().optional(),
  assignee: z.string().nullable().optional(),
  milestone: z.union([z.string(), z.number()]).nullable().optional(),
  labels: z.array(z.string()).optional(),
  assignees: z.array(z.string()).optional(),
  type: z.string().nullable().optional(),
});
const ListQuery = [
  'milestone',
  'state',
  'assignee',
  'type',
  'creator',
  'mentioned',
  'labels',
  'sort',
  'direction',
  'since',
  'per_page',
  'page',
];

export async function startGitHub(opts: { owner: string; repo: string; token: string; now?: () => Date }): Promise<GitHubFake> {
  const now = opts.now ?? (() => new Date());
  let seq = 0;
  const state = { issues: [] as GitHubIssue[], loseNextCreate: false };
  const view = (base: string, i: GitHubIssue) => ({
    id: 1000 + i.number,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    html_url: `${base}/${opts.owner}/${opts.repo}/issues/${i.number}`,
    closed_by: i.closedBy ? { login: i.closedBy } : null,
    created_at: i.createdAt,
  });
  const fake = (await startFake((req, f) => {
    if (req.headers.authorization !== `Bearer ${opts.token}`) return { status: 401, body: { message: 'Bad credentials' } };
    if (req.headers.accept !== 'application/vnd.github+json') throw new NotDocumented('Accept must be application/vnd.github+json');
    if (req.headers['x-github-api-version'] !== '2022-11-28') throw new NotDocumented('X-GitHub-Api-Version must be 2022-11-28');
    if (!req.headers['user-agent']) throw new NotDocumented('GitHub requires a User-Agent');
    const repoPath = `/repos/${opts.owner}/${opts.repo}`;
    if (req.method === 'GET' && req.path === repoPath) {
      onlyQuery(req.query, [], 'get a repository');
      return { status: 200, body: { id: 1, name: opts.repo, full_name: `${opts.owner}/${opts.repo}`, has_issues: true } };
    }
    if (!req.path.startsWith(repoPath)) return { status: 404, body: { message: 'Not Found' } };
    if (req.method === 'POST' && req.path === `${repoPath}/issues`) {
      const body = documented(CreateIssue, req.body, 'create an issue');
      const issue: GitHubIssue = {
        id: 0,
        number: ++seq,
        title: String(body.title),
        body: body.body ?? null,
        state: 'open',
        closedBy: null,
        createdAt: now().toISOString(),
      };
      state.issues.push(issue);
      if (fakeRef.loseNextCreate) {
        fakeRef.loseNextCreate = false;
        return { status: 502, body: { message: 'Bad gateway' } };
      }
      return { status: 201, body: view(f.url, issue) };
    }
    if (req.method === 'GET' && req.path === `${repoPath}/issues`) {
      onlyQuery(req.query, ListQuery, 'list repository issues');
      const q = documented(
        z.object({
          state: z.enum(['open', 'closed', 'all']).optional(),
          sort: z.enum(['created', 'updated', 'comments']).optional(),
          direction: z.enum(['asc', 'desc']).optional(),
          since: z.iso.datetime().optional(),
          per_page: z.coerce.number().int().min(1).max(100).optional(),
        }),
        Object.fromEntries(req.query),
        'list repository issues',
      );
      const list = state.issues
        .filter((i) => q.state === 'all' || i.state === (q.state ?? 'open'))
        .filter((i) => !q.since || i.createdAt >= q.since)
        .sort((a, b) => (q.direction === 'asc' ? a.number - b.number : b.number - a.number));
      return { status: 200, body: list.slice(0, q.per_page ?? 30).map((i) => view(f.url, i)) };
    }
    const m = /^\/issues\/(\d+)$/.exec(req.path.slice(repoPath.length));
    if (req.method === 'GET' && m) {
      onlyQuery(req.query, [], 'get an issue');
      const issue = state.issues.find((i) => i.number === Number(m[1]));
      return issue ? { status: 200, body: view(f.url, issue) } : { status: 404, body: { message: 'Not Found' } };
    }
    throw new NotDocumented(`${req.method} ${req.path} is not an endpoint Firebreak should call`);
  })) as GitHubFake;
  const fakeRef = fake;
  Object.defineProperty(fake, 'issues', { get: () => state.issues });
  fake.loseNextCreate = false;
  fake.setState = (number, s, by = 'octocat') => {
    const i = state.issues.find((x) => x.number === number);
    if (!i) throw new Error(`no issue ${number}`);
    i.state = s;
    i.closedBy = s === 'closed' ? by : null;
  };
  return fake;
}
