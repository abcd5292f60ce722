import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

describe.each(testDatabases())('retrospective templates on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  const api = (path: string) => `/api/v1${path}`;

  it('ships the four templates; admins edit them; a template with no sections is a 400', async () => {
    const list = (await t.call(t.responder, 'GET', api('/retro-templates'))).json().data as {
      id: string;
      isDefault: boolean;
      sections: { kind: string; key: string }[];
    }[];
    expect(list.map((x) => x.id).sort()).toEqual(['incident_report', 'learning_review', 'production_support_review', 'retrospective']);
    expect(list[0]).toMatchObject({ id: 'retrospective', isDefault: true });
    const learning = list.find((x) => x.id === 'learning_review');
    expect(learning?.sections.some((s) => s.kind === 'actions')).toBe(false);
    expect(list.find((x) => x.id === 'incident_report')?.sections.map((s) => s.key)).toEqual([
      'description',
      'root_cause',
      'stabilisation',
      'timeline',
      'customer_impact',
      'remediation',
    ]);
    const empty = await t.call(t.admin, 'POST', api('/retro-templates'), { name: 'Empty', sections: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('template_empty');
    expect((await t.call(t.admin, 'PATCH', api('/retro-templates/retrospective'), { sections: [] })).statusCode).toBe(400);
    expect(
      (await t.call(t.responder, 'POST', api('/retro-templates'), { name: 'Mine', sections: [{ key: 'a', title: 'A', kind: 'markdown' }] }))
        .statusCode,
    ).toBe(403);
    const edited = await t.call(t.admin, 'PATCH', api('/retro-templates/learning_review'), { name: 'Learning review (ours)' });
    expect(edited.json().data).toMatchObject({ name: 'Learning review (ours)', customised: true });
    const made = await t.call(t.admin, 'POST', api('/retro-templates'), {
      name: 'Short',
      sections: [
        { key: 'what', title: 'What happened', kind: 'markdown', prefill: 'symptoms' },
        { key: 'whys', title: 'Whys', kind: 'five_whys' },
      ],
    });
    expect(made.statusCode).toBe(201);
    const reset = await t.call(t.admin, 'DELETE', api('/retro-templates/learning_review'));
    expect(reset.json().data.reset).toBe(true);
    expect((await t.call(t.admin, 'GET', api('/retro-templates/learning_review'))).json().data.name).toBe('Learning review');
  });

  it('archives a custom template (listed again only with archived=true); an unknown one is a 404; only admins remove', async () => {
    const made = await t.call(t.admin, 'POST', api('/retro-templates'), {
      name: 'Throwaway',
      sections: [{ key: 'notes', title: 'Notes', kind: 'markdown' }],
    });
    const id = made.json().data.id as string;
    expect((await t.call(t.responder, 'DELETE', api(`/retro-templates/${id}`))).statusCode).toBe(403);
    const removed = await t.call(t.admin, 'DELETE', api(`/retro-templates/${id}`));
    expect(removed.json().data.reset).toBe(false);
    const ids = async (q = '') =>
      ((await t.call(t.admin, 'GET', api(`/retro-templates${q}`))).json().data as { id: string }[]).map((x) => x.id);
    expect(await ids()).not.toContain(id);
    expect(await ids('?archived=true')).toContain(id);
    const missing = await t.call(t.admin, 'GET', api('/retro-templates/no-such-template'));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('template_not_found');
  });
});
