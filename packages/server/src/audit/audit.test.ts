import { type AuditEntryView, DEFAULT_ROLE_TYPES, DEFAULT_SEVERITIES } from '@firebreak/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../platform/context.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { buildIncident, buildJob, buildRetro, buildUser } from '../test/factories.ts';
import { makeTestApp, type TestApp, type TestUser, testDatabases } from '../test/harness.ts';
import { audit, auditRetentionJob, pruneAudit } from './index.ts';

const api = (path: string) => `/api/v1${path}`;
const UA = 'Mozilla/5.0 (audit-test)';
const IP = '203.0.113.7';

describe.each(testDatabases())('the audit log on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(() => t.close());

  /** A request from a known address and browser, as `user` (by token), or signed out. */
  const call = (user: TestUser | null, method: string, url: string, body?: unknown) =>
    t.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: IP,
      headers: {
        'user-agent': UA,
        ...(user ? { authorization: `Bearer ${user.token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      payload: body !== undefined ? JSON.stringify(body) : undefined,
    });
  const entries = async (query: string, by: TestUser = t.admin): Promise<AuditEntryView[]> => {
    const res = await t.call(by, 'GET', api(`/audit?limit=200&${query}`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data;
  };
  /** The newest entry of an action about a target. */
  const latest = async (action: string, targetId: string) => {
    const found = await entries(`action=${encodeURIComponent(action)}&targetId=${encodeURIComponent(targetId)}`);
    expect(found.length, `${action} on ${targetId}`).toBeGreaterThan(0);
    return found[0];
  };
  const byAdmin = (e: AuditEntryView) => {
    expect(e.actor).toEqual({ id: t.admin.id, label: t.admin.email, name: t.admin.name });
    expect(e.ip).toBe(IP);
    expect(e.userAgent).toBe(UA);
    expect(e.at).toBe(t.clock.now().toISOString());
  };

  it('records changes to people and tokens: who, what, which, when and from where', async () => {
    const res = await call(t.admin, 'POST', api('/users'), {
      email: `new-${kind}@example.com`,
      role: 'viewer',
      password: 'a long password 1',
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().data.id as string;
    const created = await latest('user.created', id);
    byAdmin(created);
    expect(created.target).toEqual({ type: 'user', id, label: `new-${kind}@example.com` });
    expect(created.details).toMatchObject({ role: 'viewer', withPassword: true });

    expect((await call(t.admin, 'PATCH', api(`/users/${id}`), { role: 'responder' })).statusCode).toBe(200);
    const role = await latest('user.role_changed', id);
    byAdmin(role);
    expect(role.details).toEqual({ from: 'viewer', to: 'responder' });

    expect((await call(t.admin, 'PATCH', api(`/users/${id}`), { password: 'another long password 2' })).statusCode).toBe(200);
    expect((await latest('user.password_changed', id)).details).toEqual({ sessionsEnded: 0 });

    expect((await call(t.admin, 'PATCH', api(`/users/${id}`), { disabled: true })).statusCode).toBe(200);
    byAdmin(await latest('user.disabled', id));
    expect((await call(t.admin, 'PATCH', api(`/users/${id}`), { disabled: false })).statusCode).toBe(200);
    byAdmin(await latest('user.enabled', id));

    const tok = await call(t.responder, 'POST', api('/tokens'), { name: 'ci deploy' });
    expect(tok.statusCode).toBe(201);
    const tokenId = tok.json().data.id as string;
    const issued = await latest('token.created', tokenId);
    expect(issued.actor.id).toBe(t.responder.id);
    expect(issued.target).toEqual({ type: 'token', id: tokenId, label: 'ci deploy' });
    expect(issued.details).toMatchObject({ ownerId: t.responder.id });
    expect((await call(t.admin, 'DELETE', api(`/tokens/${tokenId}`))).statusCode).toBe(200);
    const revoked = await latest('token.revoked', tokenId);
    byAdmin(revoked);
    expect(revoked.details).toEqual({ ownerId: t.responder.id });
  });

  it('records sign-ins, sign-outs and failed sign-ins (unknown e-mail, wrong password, disabled) without the password', async () => {
    const person = await buildUser(t, { email: `signin-${kind}@example.com`, password: 'correct horse battery staple' });
    const login = (email: string, password: string) => call(null, 'POST', api('/auth/login'), { email, password });
    expect((await login(person.email, 'wrong password 123')).statusCode).toBe(401);
    expect((await login(`ghost-${kind}@example.com`, 'wrong password 456')).statusCode).toBe(401);
    const ok = await login(person.email, 'correct horse battery staple');
    expect(ok.statusCode).toBe(200);

    const failed = await entries(`action=auth.signin_failed`);
    const wrong = failed.find((e) => e.target.id === person.id);
    expect(wrong).toMatchObject({
      actor: { id: null, label: 'anonymous', name: null },
      target: { type: 'user', id: person.id, label: person.email },
      details: { method: 'password', reason: 'wrong_password' },
      ip: IP,
      userAgent: UA,
    });
    expect(failed.find((e) => e.target.label === `ghost-${kind}@example.com`)?.details).toEqual({
      method: 'password',
      reason: 'unknown_user',
    });

    const signin = await latest('auth.signin', person.id);
    expect(signin).toMatchObject({ actor: { id: person.id, label: person.email }, details: { method: 'password' }, ip: IP, userAgent: UA });

    const cookie = ok.cookies.find((c) => c.name === 'firebreak_session')?.value as string;
    const out = await t.app.inject({ method: 'POST', url: api('/auth/logout'), remoteAddress: IP, cookies: { firebreak_session: cookie } });
    expect(out.statusCode).toBe(204);
    expect((await latest('auth.signout', person.id)).actor.id).toBe(person.id);

    await call(t.admin, 'PATCH', api(`/users/${person.id}`), { disabled: true });
    expect((await login(person.email, 'correct horse battery staple')).statusCode).toBe(401);
    expect((await latest('auth.signin_failed', person.id)).details).toEqual({ method: 'password', reason: 'disabled' });
  });

  it('records settings changes with the lists before and after', async () => {
    const severities = DEFAULT_SEVERITIES.map(({ rank: _rank, ...s }) => s);
    expect((await call(t.admin, 'PUT', api('/severities'), { severities: [...severities].reverse() })).statusCode).toBe(200);
    const sev = await latest('settings.severities_changed', 'severities');
    byAdmin(sev);
    expect(sev.details).toMatchObject({ before: ['SEV1', 'SEV2', 'SEV3', 'SEV4'], after: ['SEV4', 'SEV3', 'SEV2', 'SEV1'] });
    expect((await call(t.admin, 'PUT', api('/severities'), { severities })).statusCode).toBe(200);

    const roles = DEFAULT_ROLE_TYPES.map(({ rank: _rank, ...r }) => r);
    expect((await call(t.admin, 'PUT', api('/roles'), { roles: [...roles, { key: 'scribe', name: 'Scribe' }] })).statusCode).toBe(200);
    const r = await latest('settings.roles_changed', 'roles');
    byAdmin(r);
    expect(r.details.after).toContain('scribe');
    expect(r.details.before).not.toContain('scribe');
  });

  it('records who gains or loses access to a private incident, and the private flag; not members of public incidents', async () => {
    const pub = await buildIncident(t);
    await call(t.responder, 'POST', api(`/incidents/${pub.ref}/members`), { user: t.responder2.id, kind: 'watcher' });
    expect(await entries(`targetId=${pub.id}&action=incident.member`)).toEqual([]);

    expect((await call(t.admin, 'PATCH', api(`/incidents/${pub.ref}`), { private: true })).statusCode).toBe(200);
    const flag = await latest('incident.private_changed', pub.id);
    byAdmin(flag);
    expect(flag.target).toEqual({ type: 'incident', id: pub.id, label: pub.ref });
    expect(flag.details).toEqual({ from: false, to: true });

    expect((await call(t.admin, 'POST', api(`/incidents/${pub.ref}/members`), { user: t.viewer.id, kind: 'watcher' })).statusCode).toBe(
      200,
    );
    const added = await latest('incident.member_added', pub.id);
    byAdmin(added);
    expect(added.details).toEqual({ member: { id: t.viewer.id, email: t.viewer.email, name: t.viewer.name }, as: 'watcher' });
    expect((await call(t.admin, 'DELETE', api(`/incidents/${pub.ref}/members/${t.viewer.id}`))).statusCode).toBeLessThan(300);
    expect((await latest('incident.member_removed', pub.id)).details).toEqual({
      member: { id: t.viewer.id, email: t.viewer.email, name: t.viewer.name },
    });
    // Handing someone a role makes them a participant: access to the private incident, audited too.
    const newcomer = await buildUser(t, { role: 'responder' });
    expect((await call(t.admin, 'POST', api(`/incidents/${pub.ref}/roles`), { role: 'commander', user: newcomer.id })).statusCode).toBe(
      200,
    );
    const viaRole = await latest('incident.member_added', pub.id);
    byAdmin(viaRole);
    expect(viaRole.details).toEqual({ member: { id: newcomer.id, email: newcomer.email, name: newcomer.name }, as: 'participant' });
  });

  it('records exports and share links; a share-link download is by "share link", and no share token is kept', async () => {
    const incident = await buildIncident(t);
    const retro = await buildRetro(t, { incident, status: 'published' });
    expect((await call(t.responder, 'GET', api(`/retros/${incident.ref}/export.md`))).statusCode).toBe(200);
    const exp = await latest('export.downloaded', retro.id);
    expect(exp).toMatchObject({ actor: { id: t.responder.id }, target: { type: 'retro', id: retro.id, label: incident.ref }, ip: IP });
    expect(exp.details).toMatchObject({ format: 'markdown', via: 'signed_in' });

    const share = await call(t.responder, 'POST', api(`/retros/${incident.ref}/share`), { allowPrivate: false });
    expect(share.statusCode).toBe(201);
    const token = share.json().data.token as string;
    expect((await latest('share_link.created', retro.id)).actor.id).toBe(t.responder.id);
    expect((await call(null, 'GET', api(`/shared/retros/${token}/export.html`))).statusCode).toBe(200);
    const anon = await latest('export.downloaded', retro.id);
    expect(anon).toMatchObject({
      actor: { id: null, label: 'share link' },
      details: { format: 'html', via: 'share_link' },
      ip: IP,
      userAgent: UA,
    });
    expect((await call(t.responder, 'DELETE', api(`/retros/${incident.ref}/share`))).statusCode).toBe(204);
    expect((await latest('share_link.revoked', retro.id)).actor.id).toBe(t.responder.id);

    const all = JSON.stringify(await t.deps.db.selectFrom('audit_log').selectAll().execute());
    expect(all).not.toContain(token);
    expect(all).not.toContain(token.slice(8));
  });

  it('records job retries and discards', async () => {
    const dead = await buildJob(t, { state: 'dead' });
    expect((await call(t.admin, 'POST', api(`/jobs/${dead.id}/retry`), { resetAttempts: true })).statusCode).toBe(200);
    const retried = await latest('job.retried', dead.id);
    byAdmin(retried);
    expect(retried.details).toMatchObject({ from: 'dead', resetAttempts: true });
    const queued = await buildJob(t, { state: 'queued' });
    expect((await call(t.admin, 'DELETE', api(`/jobs/${queued.id}`))).statusCode).toBe(200);
    expect((await latest('job.discarded', queued.id)).details).toMatchObject({ from: 'queued' });
  });

  it('never keeps secrets: no token, password or session secret anywhere in the log, even when a caller passes one', async () => {
    const password = `pw-${kind}-very-secret-1`;
    const person = await buildUser(t, { email: `secret-${kind}@example.com`, password });
    const tok = await call(person, 'POST', api('/tokens'), { name: 'laptop' });
    const secret = tok.json().data.token as string;
    const login = await call(null, 'POST', api('/auth/login'), { email: person.email, password });
    const session = login.cookies.find((c) => c.name === 'firebreak_session')?.value as string;
    await call(null, 'POST', api('/auth/login'), { email: person.email, password: `${password}-typo` });
    // A careless caller: secret-named keys are redacted, and our secrets are masked wherever they appear.
    await transaction(t.deps, (tx) =>
      audit(
        tx,
        { clock: t.clock, user: null, actorLabel: 'test' },
        {
          action: 'test.careless',
          target: { type: 'test', id: `careless-${kind}` },
          details: { password, token: secret, nested: { apiKey: 'k-123', note: `leaked ${session}` }, tokenId: 'kept', changed: true },
        },
      ),
    );
    const rows = await t.deps.db.selectFrom('audit_log').selectAll().execute();
    const all = JSON.stringify(rows);
    for (const s of [password, secret, session, person.token, secret.slice(4), session.slice(4), 'k-123']) expect(all).not.toContain(s);
    const careless = await latest('test.careless', `careless-${kind}`);
    expect(careless.details).toEqual({
      password: '[redacted]',
      token: '[redacted]',
      nested: { apiKey: '[redacted]', note: 'leaked [redacted]' },
      tokenId: 'kept',
      changed: true,
    });
  });

  it('commits with the change it records, or not at all', async () => {
    await expect(
      transaction(t.deps, async (tx) => {
        await audit(tx, { clock: t.clock, user: null }, { action: 'test.rolled_back', target: { type: 'test', id: 'rb' } });
        throw new Error('the change failed after its audit entry');
      }),
    ).rejects.toThrow(/change failed/);
    expect(await entries('action=test.rolled_back')).toEqual([]);
    // A refused role change (an admin demoting themselves) leaves no entry either.
    expect((await t.call(t.admin, 'PATCH', api(`/users/${t.admin.id}`), { role: 'viewer' })).statusCode).toBe(400);
    expect(await entries(`action=user.role_changed&targetId=${t.admin.id}`)).toEqual([]);
  });

  it('is append-only: the database refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL)', async () => {
    await transaction(t.deps, (tx) =>
      audit(tx, { clock: t.clock, user: null }, { action: 'test.fixed', target: { type: 'test', id: 'fixed' } }),
    );
    await expect(
      t.deps.db.updateTable('audit_log').set({ action: 'test.forged' }).where('action', '=', 'test.fixed').execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.deps.db.deleteFrom('audit_log').where('action', '=', 'test.fixed').execute()).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.deps.db)).rejects.toThrow(/append-only/);
    if (kind === 'postgres') await expect(sql`truncate audit_log`.execute(t.deps.db)).rejects.toThrow(/append-only/);
    expect(await entries('action=test.fixed')).toHaveLength(1);
  });

  it('retention deletes only entries older than FIREBREAK_AUDIT_RETENTION_DAYS, through the periodic job, and says so', async () => {
    const now = t.clock.now();
    const write = async (at: string, id: string) => {
      t.clock.set(at);
      await transaction(t.deps, (tx) =>
        audit(tx, { clock: t.clock, user: null }, { action: 'test.retention', target: { type: 'test', id } }),
      );
    };
    const day = 86_400_000;
    await write(new Date(now.getTime() - 400 * day).toISOString(), 'old-1');
    await write(new Date(now.getTime() - 366 * day).toISOString(), 'old-2');
    await write(new Date(now.getTime() - 364 * day).toISOString(), 'young');
    t.clock.set(now);
    const before = (await entries('action=test.')).length;
    expect(t.deps.config.auditRetentionDays).toBe(365);
    // Through the job the worker schedules (enqueued as the periodic tick would be).
    await transaction(t.deps, async (tx) => {
      const { enqueue } = await import('../platform/jobs/queue.ts');
      await enqueue(tx, t.deps, auditRetentionJob, { tick: 'test' }, { key: `audit-retention-${kind}` });
    });
    await new Worker(t.deps).runDue();
    const left = await entries('action=test.retention');
    expect(left.map((e) => e.target.id)).toEqual(['young']);
    expect((await entries('action=test.')).length).toBe(before - 2);
    const pruned = await entries('action=audit.pruned');
    expect(pruned[0]).toMatchObject({ actor: { id: null, label: 'system' }, details: { deleted: 2, retentionDays: 365 } });
    // Nothing more to prune: a second run deletes nothing and writes nothing.
    expect(await pruneAudit(t.deps)).toBe(0);
    expect(await entries('action=audit.pruned')).toHaveLength(1);
    // The prune permission does not outlive the job's transaction.
    await expect(t.deps.db.deleteFrom('audit_log').where('action', '=', 'test.retention').execute()).rejects.toThrow(/append-only/);
  });

  it('filters by actor, action prefix, target and time, and pages entries written at the same instant without losing one', async () => {
    t.clock.set('2026-05-01T00:00:00.000Z');
    const who = { clock: t.clock, user: { id: t.responder2.id, email: t.responder2.email, name: t.responder2.name } };
    await transaction(t.deps, async (tx) => {
      for (let i = 0; i < 23; i++) await audit(tx, who, { action: `paging.step${i % 3}`, target: { type: 'paging', id: `p${i}` } });
    });
    t.clock.set('2026-05-02T00:00:00.000Z');
    await transaction(t.deps, (tx) => audit(tx, who, { action: 'paging.later', target: { type: 'paging', id: 'later' } }));

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = api(`/audit?action=paging.&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      const res = await t.call(t.admin, 'GET', url);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { data: AuditEntryView[]; nextCursor: string | null };
      seen.push(...body.data.map((e) => e.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    expect(seen).toEqual([...seen].sort((a, b) => b - a)); // newest first; equal times by id

    expect(await entries('action=paging.step1')).toHaveLength(8);
    expect((await entries(`action=paging.&actor=${encodeURIComponent(t.responder2.email)}`)).length).toBe(24);
    expect((await entries(`action=paging.&actor=${t.responder2.id}`)).length).toBe(24);
    expect(await entries(`action=paging.&actor=${t.viewer.id}`)).toEqual([]);
    expect((await entries('targetType=paging&targetId=p7')).map((e) => e.action)).toEqual(['paging.step1']);
    expect((await entries('action=paging.&since=2026-05-01T12:00:00Z')).map((e) => e.target.id)).toEqual(['later']);
    expect(await entries('action=paging.&until=2026-05-01T00:00:00Z')).toEqual([]);
    // A prefix is a prefix, not a pattern: % and _ match themselves.
    expect(await entries('action=paging%25')).toEqual([]);
    expect((await t.call(t.admin, 'GET', api('/audit?cursor=garbage'))).statusCode).toBe(400);
    expect((await t.call(t.admin, 'GET', api('/audit?since=yesterday'))).statusCode).toBe(400);
  });

  it('exports the filtered log as CSV (formula-safe), and audits the download', async () => {
    t.clock.set('2026-05-03T00:00:00.000Z');
    await transaction(t.deps, (tx) =>
      audit(
        tx,
        { clock: t.clock, user: null, request: { ip: IP, userAgent: '=HYPERLINK("http://evil")' } },
        {
          action: 'csv.test',
          target: { type: 'csv', id: 'c1', label: 'say "hi", twice' },
        },
      ),
    );
    const res = await call(t.admin, 'GET', api('/audit.csv?action=csv.'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="firebreak-audit-2026-05-03\.csv"/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('at,actor_id,actor,actor_name,action,target_type,target_id,target_label,details,ip,user_agent');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"csv.test"');
    expect(lines[1]).toContain('"say ""hi"", twice"');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const download = await latest('export.downloaded', 'audit_log');
    byAdmin(download);
    expect(download.details).toMatchObject({ format: 'csv', filter: { action: 'csv.' } });
  });

  it('is for admins only', async () => {
    for (const user of [t.responder, t.viewer]) {
      for (const url of [api('/audit'), api('/audit.csv')]) {
        const res = await t.call(user, 'GET', url);
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('not_allowed');
      }
    }
    expect((await t.call(null, 'GET', api('/audit'))).statusCode).toBe(401);
  });
});
