import { z } from 'zod';
import { documented, type Fake, NotDocumented, startFake } from './server.ts';

/**
 * Linear's GraphQL API as documented (https://linear.app/developers/graphql): POST /graphql with a
 * personal API key as the whole Authorization header, `{query, variables, operationName?}` bodies;
 * the operations Firebreak sends (viewer, issueCreate with IssueCreateInput, issues filtered by id)
 * with their variables checked against the schema's input types.
 */
export type LinearIssue = { id: string; identifier: string; title: string; description: string | null; stateType: string; teamId: string };
export type LinearFake = Fake & { issues: LinearIssue[]; loseNextCreate: boolean; setStateType(id: string, type: string): void };

const Body = z.strictObject({
  query: z.string().min(1),
  variables: z.record(z.string(), z.unknown()).optional(),
  operationName: z.string().optional(),
});
const IssueCreateInput = z.strictObject({
  id: z.uuid().optional(),
  teamId: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  assigneeId: z.string().optional(),
  priority: z.number().int().min(0).max(4).optional(),
  labelIds: z.array(z.string()).optional(),
  stateId: z.string().optional(),
  projectId: z.string().optional(),
  dueDate: z.string().optional(),
});

export async function startLinear(opts: { apiKey: string; teamId: string }): Promise<LinearFake> {
  const issues: LinearIssue[] = [];
  const view = (i: LinearIssue) => ({
    id: i.id,
    identifier: i.identifier,
    url: `https://linear.app/acme/issue/${i.identifier}`,
    state: { type: i.stateType },
  });
  const fake = (await startFake((req) => {
    if (req.method !== 'POST' || req.path !== '/graphql')
      throw new NotDocumented(`${req.method} ${req.path}: Linear has one endpoint, POST /graphql`);
    if (req.headers.authorization !== opts.apiKey)
      return {
        status: 400,
        body: { errors: [{ message: 'Authentication required, not authenticated', extensions: { code: 'AUTHENTICATION_ERROR' } }] },
      };
    const body = documented(Body, req.body, 'GraphQL request');
    const q = body.query;
    if (/^query Viewer \{ viewer \{ id name \} \}$/.test(q))
      return { status: 200, body: { data: { viewer: { id: 'u1', name: 'Lin Ear' } } } };
    if (
      /^mutation IssueCreate\(\$input: IssueCreateInput!\) \{ issueCreate\(input: \$input\) \{ success issue \{ id identifier url state \{ type \} \} \} \}$/.test(
        q,
      )
    ) {
      const input = documented(z.strictObject({ input: IssueCreateInput }), body.variables, 'IssueCreateInput').input;
      if (input.teamId !== opts.teamId) return { status: 200, body: { data: null, errors: [{ message: 'Entity not found: Team' }] } };
      if (input.id && issues.some((i) => i.id === input.id))
        return { status: 200, body: { data: null, errors: [{ message: 'Conflict: an issue with this id exists' }] } };
      const issue: LinearIssue = {
        id: input.id ?? crypto.randomUUID(),
        identifier: `ENG-${issues.length + 1}`,
        title: input.title ?? '',
        description: input.description ?? null,
        stateType: 'unstarted',
        teamId: input.teamId,
      };
      issues.push(issue);
      if (fake.loseNextCreate) {
        fake.loseNextCreate = false;
        return { status: 502, body: { errors: [{ message: 'Bad gateway' }] } };
      }
      return { status: 200, body: { data: { issueCreate: { success: true, issue: view(issue) } } } };
    }
    if (
      /^query IssueById\(\$id: ID!\) \{ issues\(filter: \{ id: \{ eq: \$id \} \}\) \{ nodes \{ id identifier url state \{ type \} \} \} \}$/.test(
        q,
      )
    ) {
      const { id } = documented(z.strictObject({ id: z.string() }), body.variables, 'IssueById variables');
      return { status: 200, body: { data: { issues: { nodes: issues.filter((i) => i.id === id).map(view) } } } };
    }
    throw new NotDocumented(`an operation Firebreak should not send: ${q.slice(0, 120)}`);
  })) as LinearFake;
  fake.issues = issues;
  fake.loseNextCreate = false;
  fake.setStateType = (id, type) => {
    const i = issues.find((x) => x.id === id);
    if (!i) throw new Error(`no issue ${id}`);
    i.stateType = type;
  };
  return fake;
}
