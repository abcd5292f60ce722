import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

// Issue 10, "one whys system": the ticket's open whys were not carried into the retrospective's five
// whys, and still showed as open on a closed incident.

type Node = { id: string; parentId: string | null; text: string; internal: boolean; open: boolean };
type Why = { id: string; question: string; answer: string | null; inRetrospective: boolean };

describe.each(testDatabases())('ticket whys in the retrospective, on %s', (kind) => {
  let t: TestApp;
  let ref: string;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());
  const incident = async () => (await t.call(t.responder, 'GET', `/api/v1/incidents/${ref}`)).json().data;
  const retro = async (as = t.responder) => (await t.call(as, 'GET', `/api/v1/retros/${ref}`)).json().data;

  it('drafting carries every ticket why into the five whys (answers below their question), internal, and off the ticket', async () => {
    ref = (await declare(t, t.responder, { severity: 'SEV2' })).ref;
    const url = `/api/v1/incidents/${ref}`;
    await t.call(t.responder, 'POST', `${url}/whys`, { question: 'Why did the failover not trigger?' });
    const second = await t.call(t.responder, 'POST', `${url}/whys`, { question: 'Why was the pool so small?' });
    const w2 = (second.json().data.ticket.whys as Why[]).find((w) => w.question === 'Why was the pool so small?') as Why;
    await t.call(t.responder, 'PATCH', `${url}/whys/${w2.id}`, { answer: 'Config 1.4.2 halved it' });
    await t.call(t.responder, 'PATCH', url, { rootCauseFix: { state: 'done' } });
    await t.call(t.responder, 'POST', `${url}/status`, { status: 'resolved' });

    const nodes = (await retro()).whys.nodes as Node[];
    // (Both were asked in the same instant on this fixed clock, so their order is the ids'.)
    expect(nodes.map((n) => [n.text, n.parentId === null, n.internal]).sort()).toEqual([
      ['Config 1.4.2 halved it', false, true],
      ['Why did the failover not trigger?', true, true],
      ['Why was the pool so small?', true, true],
    ]);
    const pool = nodes.find((n) => n.text === 'Why was the pool so small?') as Node;
    expect(nodes.find((n) => n.text === 'Config 1.4.2 halved it')?.parentId).toBe(pool.id);
    const view = await incident();
    expect((view.ticket.whys as Why[]).every((w) => w.inRetrospective)).toBe(true);
    expect(view.ticket.openWhys).toBe(0);
    // Open chains in the retrospective are what the closing warning counts now.
    expect(view.closingChecks).toContainEqual(
      expect.objectContaining({ code: 'open_whys', blocks: false, message: '2 whys are still open.' }),
    );
    const answer = await t.call(t.responder, 'PATCH', `${url}/whys/${w2.id}`, { answer: 'Something else' });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.code).toBe('why_in_retrospective');
  });

  it('a why asked on the ticket while the retrospective is being written joins it at once', async () => {
    await t.call(t.responder, 'POST', `/api/v1/incidents/${ref}/whys`, { question: 'Why did nobody get paged?' });
    const nodes = (await retro()).whys.nodes as Node[];
    expect(nodes.find((n) => n.text === 'Why did nobody get paged?')).toMatchObject({ internal: true, parentId: null });
  });

  it('kept as written or reworded, a carried why is the retrospective’s own; stakeholders read only those', async () => {
    const nodes = (await retro()).whys.nodes as Node[];
    const r = `/api/v1/retros/${ref}`;
    const failover = nodes.find((n) => n.text === 'Why did the failover not trigger?') as Node;
    const kept = await t.call(t.responder, 'PATCH', `${r}/whys/${failover.id}`, { text: failover.text });
    expect(kept.statusCode).toBe(200);
    expect((kept.json().data.whys.nodes as Node[]).find((n) => n.id === failover.id)?.internal).toBe(false);
    await t.call(t.responder, 'POST', `${r}/status`, { status: 'in_review' });
    await t.call(t.responder, 'POST', `${r}/publish`, { confirm: true });
    const seen = ((await retro(t.viewer)).whys.nodes as Node[]).map((n) => n.text);
    expect(seen).toEqual(['Why did the failover not trigger?']);
  });

  it('a why asked while it is published stays on the ticket (and is counted open) until the next revision takes it', async () => {
    await t.call(t.responder, 'POST', `/api/v1/incidents/${ref}/whys`, { question: 'Why was the runbook out of date?' });
    let view = await incident();
    expect(view.ticket.openWhys).toBe(1);
    expect((view.ticket.whys as Why[]).find((w) => w.question === 'Why was the runbook out of date?')?.inRetrospective).toBe(false);
    await t.call(t.responder, 'POST', `/api/v1/retros/${ref}/amend`, {});
    view = await incident();
    expect(view.ticket.openWhys).toBe(0);
    expect(((await retro()).whys.nodes as Node[]).some((n) => n.text === 'Why was the runbook out of date?')).toBe(true);
  });
});
