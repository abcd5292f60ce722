import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from '../../platform/jobs/worker.ts';
import { AdaptiveCard } from '../../test/fakes/chatFormats.ts';
import { type FakeWorkflow, startFakeWorkflow, teamsActivity, teamsSecret } from '../../test/fakes/teamsApi.ts';
import { makeTestApp, type TestApp, testDatabases } from '../../test/harness.ts';

const api = '/api/v1';

describe.each(testDatabases())('Microsoft Teams chat-ops on %s', (dbKind) => {
  let t: TestApp;
  let wf: FakeWorkflow;
  let worker: Worker;
  let connectionId: string;
  const secret = teamsSecret();

  beforeAll(async () => {
    t = await makeTestApp(dbKind);
    wf = await startFakeWorkflow();
    worker = new Worker(t.deps, { periodic: [] });
    const res = await t.call(t.admin, 'POST', `${api}/chat/connections`, {
      platform: 'teams',
      name: 'Acme Teams',
      secrets: { outgoingSecret: secret, workflowUrl: wf.workflowUrl },
    });
    expect(res.statusCode, res.body).toBe(201);
    connectionId = res.json().id;
  });
  afterEach(() => {
    expect(wf.problems).toEqual([]);
  });
  afterAll(async () => {
    await wf.close();
    await t.close();
  });

  const say = (
    text: string,
    o: { from?: string; secret?: string; id?: string; connection?: string; mentions?: { name: string; aadObjectId: string }[] } = {},
  ) => {
    const a = teamsActivity({ secret: o.secret ?? secret, text, fromName: o.from ?? 'Ada Admin', id: o.id, mentions: o.mentions });
    return t.app.inject({
      method: 'POST',
      url: `${api}/chat/teams/${o.connection ?? connectionId}/messages`,
      headers: a.headers,
      payload: a.payload,
    });
  };
  const settle = async () => {
    for (let i = 0; i < 20; i++) {
      await worker.runDue();
      t.clock.advance(61_000);
    }
    await worker.runDue();
  };
  const cardText = (c: Record<string, unknown>) => JSON.stringify(c);

  it('refuses a wrong HMAC, a replayed activity and an unknown connection', async () => {
    const wrong = await say('incident help', { secret: teamsSecret() });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('unauthenticated');
    const first = await say('incident help', { id: 'activity-replayed' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ type: 'message', text: '/incident commands' });
    expect((await say('incident help', { id: 'activity-replayed' })).statusCode).toBe(409);
    expect((await say('incident help', { connection: 'no-such-connection' })).statusCode).toBe(404);
  });

  it('someone Firebreak cannot name gets a clear answer, and so does a display name two accounts share', async () => {
    const res = await say('incident declare Not mine', { from: 'Zed Unknown' });
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toBe('Firebreak does not know you yet.');
    await t.makeUser('sam.one@example.com', 'responder', 'Sam Twin');
    await t.makeUser('sam.two@example.com', 'responder', 'Sam Twin');
    expect((await say('incident help', { from: 'Sam Twin' })).json().text).toBe('Firebreak does not know you yet.');
    // A display name that is the person's UPN maps by address.
    expect((await say('incident help', { from: t.responder.email })).json().text).toBe('/incident commands');
  });

  it('declare → an announcement card through the workflow; status and a stakeholder update by ref; 429 retried and posted once', async () => {
    const res = await say('incident declare Checkout is down');
    expect(res.statusCode, res.body).toBe(200);
    const reply = res.json();
    for (const a of reply.attachments ?? []) expect(AdaptiveCard.safeParse(a.content).success).toBe(true);
    const ref = /INC-\d+/.exec(res.body)?.[0] as string;
    expect(ref).toBeTruthy();
    wf.rateLimitNext = 1;
    await settle();
    const announced = wf.cards.filter((c) => cardText(c).includes(ref) && cardText(c).includes('Checkout is down'));
    expect(announced.length).toBeGreaterThanOrEqual(1);
    expect(wf.requests.filter((r) => JSON.stringify(r.body).includes('Checkout is down')).length).toBe(announced.length + 1);
    for (const c of wf.cards) expect(c.version).toBe('1.4');

    const status = await say(`incident status ${ref} investigating`, { from: t.responder.email });
    expect(status.statusCode).toBe(200);
    expect(status.json().text).toContain('Investigating');
    expect((await t.call(t.admin, 'GET', `${api}/incidents/${ref}`)).json().data.status).toBe('investigating');

    const before = wf.cards.length;
    const update = await say(`incident update ${ref} Payments work again for most customers.`, { from: t.responder.email });
    expect(update.statusCode, update.body).toBe(200);
    await settle();
    const updates = wf.cards.slice(before).filter((c) => cardText(c).includes('Payments work again'));
    expect(updates).toHaveLength(1);
  });

  it('oncall answers under the message', async () => {
    const res = await say('oncall');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().type).toBe('message');
    expect(res.json().text.length).toBeGreaterThan(0);
  });
});
