import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../platform/context.ts';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';
import { pagesFor } from './index.ts';

describe.each(testDatabases())('pagesFor on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  it('lists each page that reached a person once, by its first notification in the span', async () => {
    await transaction(t.deps, async (tx) => {
      const base = { incident_id: null, alert_id: null, service_id: null, policy_id: null, target: null, message: null, source: 'human' };
      const page = (id: string, title: string) => ({
        ...base,
        id,
        title,
        created_by: null,
        status: 'open',
        plan: '{"repeat":0,"steps":[]}',
        generation: 0,
        step: 0,
        round: 0,
        next_step_at: null,
        acked_by: null,
        acked_at: null,
        acked_via: null,
        ended_at: null,
        end_reason: null,
        created_at: '2026-03-01T10:00:00.000Z',
      });
      await tx.db
        .insertInto('pages')
        .values([page('p1', 'Disk full'), page('p2', 'Old page')])
        .execute();
      const n = (id: string, pageId: string, userId: string, due: string, status = 'sent') => ({
        id,
        page_id: pageId,
        user_id: userId,
        contact_method_id: null,
        generation: 0,
        round: 0,
        step: 0,
        status,
        due_at: due,
        sent_at: due,
        error: null,
        dedupe_key: id,
        created_at: due,
      });
      await tx.db
        .insertInto('page_notifications')
        .values([
          n('n1', 'p1', t.responder.id, '2026-03-01T10:02:00.000Z'),
          n('n2', 'p1', t.responder.id, '2026-03-01T10:01:00.000Z'),
          n('n3', 'p2', t.responder.id, '2026-02-01T10:00:00.000Z'),
          n('n4', 'p1', t.responder2.id, '2026-03-01T10:00:00.000Z'),
          n('n5', 'p1', t.responder.id, '2026-03-01T10:00:00.000Z', 'cancelled'),
        ])
        .execute();
    });
    const got = await pagesFor(t.deps as never, { userId: t.responder.id, from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' });
    expect(got).toEqual([expect.objectContaining({ id: 'p1', title: 'Disk full', firstNotifiedAt: '2026-03-01T10:01:00.000Z' })]);
  });
});
