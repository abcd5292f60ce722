import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { makeTestApp, openTestDatabase, type TestApp, type TestUser, testDatabases } from './harness.ts';
import { caseLabel, type Fixture, makeFixture, ROUTES, type RouteCase } from './routes.ts';

/**
 * Bad input, generated: whatever arrives, the answer is a 4xx in the error envelope (never a 5xx,
 * never a crash) and a rejected request writes nothing. Seeded, so a failure replays exactly;
 * FUZZ_SEED=<n> tries another seed, FUZZ_RUNS=<n> more runs per route.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 424242);
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const run = { seed: SEED, numRuns: RUNS, endOnFailure: true };

type Sent = { status: number; body: string };

/** Routes of the Firebreak API proper (alert ingestion answers in other tools' formats: its own block below). */
const API_ROUTES = ROUTES.filter((c) => c.access !== 'integrationKey');
const KEY_ROUTES = ROUTES.filter((c) => c.access === 'integrationKey');
const withBody = API_ROUTES.filter((c) => c.method === 'POST' || c.method === 'PUT' || c.method === 'PATCH');
/** Routes that validate a JSON body (signing out takes none, so any body is fine there). */
const validated = withBody.filter((c) => c.route !== '/api/v1/auth/logout');
const withParams = API_ROUTES.filter((c) => c.route.includes(':'));
const getRoutes = API_ROUTES.filter((c) => c.method === 'GET');
const signedIn = API_ROUTES.filter((c) => c.access !== 'public');

/** The error envelope: `{error: {code, message}}` with a snake_case code. */
function envelopeProblem(body: string): string | null {
  try {
    const e = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
    if (typeof e?.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(e.code)) return `bad code in ${body.slice(0, 200)}`;
    if (typeof e.message !== 'string' || e.message.length === 0) return `no message in ${body.slice(0, 200)}`;
    return null;
  } catch {
    return `not JSON: ${body.slice(0, 200)}`;
  }
}

// ---- generators ----

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((n) => String.fromCharCode(n)), maxLength: 40 });
// Values sent in bodies may be stored (a team may get named one of them), so none of them equals a
// junk path segment below: a segment must name nothing.
const nasty = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '\ufeff',
    '\u202eevil',
    '☂',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🔥',
    'ﷺ',
    'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
    "' OR '1'='1",
    '"; DROP TABLE incidents; --',
    '%%',
    '_',
    '\\',
    '%_\\',
    '..\\..\\boot.ini',
    '<script>alert(1)</script>',
    '1e309',
    '-0',
    'NaN',
    '0x1F',
    '88888888888888888888',
    'INC-88888888888',
    'INC-0',
    'null',
    'true',
    '[]',
    '{}',
    '2026-02-30T00:00:00Z',
    '9999-12-31T23:59:59-23:59',
    '0000-01-01T00:00:00Z',
    'me',
    'admin@example.com',
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 8 }).map((s) => s.repeat(400)),
);
/** Any JSON value, nested junk included (sometimes thousands of levels deep). */
const junk = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 50, max: 400 }).map((depth) => JSON.parse(`${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`)),
  },
);
/** A value of another JSON type than the sample's (and never null, which some fields accept). */
const otherType = (v: unknown) =>
  fc.oneof(
    ...(typeof v !== 'string' ? [nasty, fc.constantFrom('true', '1', '5')] : []),
    ...(typeof v !== 'number' ? [fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(1e308)] : []),
    ...(typeof v !== 'boolean' ? [fc.boolean()] : []),
    ...(!Array.isArray(v) ? [fc.array(junk, { maxLength: 4 })] : []),
    ...(typeof v !== 'object' || v === null || Array.isArray(v) ? [fc.dictionary(printable, junk, { maxKeys: 4 })] : []),
  );
const invalidJson = fc.oneof(
  fc.constantFrom(
    '{',
    '{"a":}',
    "{'a':1}",
    'undefined',
    'NaN',
    '{"a":1,}',
    '[1,]',
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
    '\u0000',
    '{}}',
    '"unterminated',
  ),
  fc.string({ maxLength: 40 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
);
/** A path segment that names nothing: already %-encoded. Never a real id, never "me", never a small number. */
const junkSegment = fc
  .oneof(
    fc.constantFrom(
      '%2E%2E%2F',
      '..%2F..%2Fetc%2Fpasswd',
      '%00',
      'a%00b',
      '%FF',
      '%E0%A4%A',
      '%ED%A0%80',
      '%C0%AE%C0%AE%2F',
      '%25',
      '%2',
      "'%20OR%201%3D1--",
      '-1',
      'INC-0',
      'INC-99999999999',
      '99999999999999999999',
      '%20',
      '%E2%98%83',
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((s) => encodeURIComponent(`∄${s}`)),
    fc.string({ minLength: 501, maxLength: 900 }).map(encodeURIComponent),
    fc.string({ minLength: 65, maxLength: 300, unit: fc.constantFrom('x', '9', '-', 'é') }).map(encodeURIComponent),
  )
  .filter((seg) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      return true;
    }
    const n = Number(decoded);
    return (
      decoded !== 'me' && !/^\s*(INC-)?\d{1,9}\s*$/i.test(decoded) && !(Number.isFinite(n) && n >= 1) && decoded !== '.' && decoded !== '..'
    );
  });
const queryValue = fc.oneof(
  nasty,
  fc.constantFrom('-1', '0', '1e400', 'abc', '201', '100000', 'true', 'maybe', ',', ',,,'),
  fc.string({ minLength: 300, maxLength: 600 }),
);

describe.each(testDatabases())('bad input on %s', (kind) => {
  let t: TestApp;
  let base: string;
  let fx: Fixture;
  let tables: string[];
  const samples = new Map<RouteCase, { url: string; body?: unknown }>();
  /** The query parameters each route documents, from the OpenAPI document. */
  let queryKeys: (c: RouteCase) => string[] = () => [];

  /** Row counts of every table, in one query. */
  const counts = async (): Promise<string> => {
    const q = `select ${tables.map((n, i) => `(select count(*) from "${n}") as c${i}`).join(', ')}`;
    const row = (await sql.raw<Record<string, number>>(q).execute(t.deps.db)).rows[0];
    return tables.map((n, i) => `${n}=${Number(row[`c${i}`])}`).join(' ');
  };

  /** Sends as admin (or as given), over HTTP for streams (closed once they open), else through inject. */
  const send = async (
    c: RouteCase,
    url: string,
    opts: { headers?: Record<string, string>; payload?: string | Buffer; as?: TestUser | null; method?: string } = {},
  ): Promise<Sent> => {
    const as = opts.as === undefined ? t.admin : opts.as;
    const headers = { ...(as ? { authorization: `Bearer ${as.token}` } : {}), ...opts.headers };
    const method = opts.method ?? c.method;
    if (c.stream) {
      const ac = new AbortController();
      const res = await fetch(`${base}${url}`, { method, headers, signal: ac.signal });
      if ((res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
        ac.abort();
        return { status: res.status, body: '' };
      }
      return { status: res.status, body: await res.text() };
    }
    const res = await t.app.inject({ method: method as 'GET', url, headers, payload: opts.payload });
    return { status: res.statusCode, body: res.body };
  };

  /** Sends, then checks: a 4xx in the envelope (or, if `mayPass`, anything below 500), and no writes when refused. */
  const expectRefused = async (label: string, exec: () => Promise<Sent>, opts: { mayPass?: boolean; status?: number[] } = {}) => {
    const before = await counts();
    const res = await exec();
    if (res.status >= 500) throw new Error(`${label}: ${res.status} ${res.body.slice(0, 300)}`);
    if (res.status < 400) {
      if (opts.mayPass) return;
      throw new Error(`${label}: accepted with ${res.status} ${res.body.slice(0, 200)}`);
    }
    if (opts.status && !opts.status.includes(res.status))
      throw new Error(`${label}: ${res.status}, want ${opts.status.join('/')}: ${res.body.slice(0, 200)}`);
    const problem = envelopeProblem(res.body);
    if (problem) throw new Error(`${label}: ${res.status} ${problem}`);
    const after = await counts();
    if (after !== before) throw new Error(`${label}: refused with ${res.status} but wrote:\n  before ${before}\n  after  ${after}`);
  };

  const JSON_CT: Record<string, string> = { 'content-type': 'application/json' };

  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    fx = await makeFixture(t, { private: false });
    const names =
      kind === 'sqlite'
        ? await sql<{ n: string }>`select name as n from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(t.deps.db)
        : await sql<{
            n: string;
          }>`select table_name as n from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
            t.deps.db,
          );
    // Refused requests that are meant to write: the audit log records refused attempts (a failed
    // sign-in is a row there), and a refused sign-in is counted in signin_throttle (users/throttle.ts), a
    // refused status page subscription in status_subscribe_throttle (status/subscribers/throttle.ts).
    tables = names.rows
      .map((r) => r.n)
      .filter((n) => n !== 'audit_log' && n !== 'signin_throttle' && n !== 'status_subscribe_throttle')
      .sort();
    for (const c of API_ROUTES) samples.set(c, await c.build(fx, t.admin));
    const doc = (await t.call(null, 'GET', '/api/v1/openapi.json')).json() as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    queryKeys = (c) =>
      (doc.paths[c.route.replace(/:(\w+)/g, '{$1}')]?.[c.method.toLowerCase()]?.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => p.name);
  });
  afterAll(() => t.close());

  it('counts rows in every table (the no-write check sees them all)', async () => {
    expect(tables).toEqual(expect.arrayContaining(['incidents', 'timeline_entries', 'actions', 'users', 'api_tokens', 'sessions']));
    expect(await counts()).toMatch(/incidents=\d+/);
    // The query fuzzing takes each route's parameters from the OpenAPI document.
    const list = ROUTES.find((c) => c.method === 'GET' && c.route === '/api/v1/incidents') as RouteCase;
    expect(queryKeys(list)).toEqual(expect.arrayContaining(['q', 'cursor', 'limit', 'status', 'roleHolder']));
  });

  describe('bodies of the wrong shape get 400 and write nothing', () => {
    it.each(validated.map((c) => [caseLabel(c), c] as const))('%s', async (label, c) => {
      const sample = samples.get(c) as { url: string; body?: unknown };
      const base = (sample.body ?? {}) as Record<string, unknown>;
      const keys = Object.keys(base);
      const body = fc.oneof(
        // Not an object at all (JSON null is what an absent body reads as, so routes that take none accept it).
        fc.oneof(
          ...(keys.length ? [fc.constant(null)] : []),
          fc.boolean(),
          fc.double(),
          fc.string({ maxLength: 20 }),
          fc.array(junk, { maxLength: 4 }),
        ),
        // A key the API does not know, holding anything.
        fc.tuple(printable, junk).map(([k, v]) => ({ ...base, [`zz_${k}`]: v })),
        // A known key holding a value of the wrong type (numbers as strings, objects for strings, …); routes that take no body have none.
        ...(keys.length ? [fc.constantFrom(...keys).chain((k) => otherType(base[k]).map((v) => ({ ...base, [k]: v })))] : []),
        // A known string far over any limit.
        fc
          .constantFrom('zz_padding', ...keys.filter((k) => typeof base[k] === 'string'))
          .map((k) => ({ ...base, [k]: 'y'.repeat(200_001) })),
      );
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          await expectRefused(
            `${label} ${JSON.stringify(b)?.slice(0, 200)}`,
            () => send(c, sample.url, { headers: JSON_CT, payload: JSON.stringify(b) }),
            { status: [400] },
          );
        }),
        run,
      );
    });
  });

  describe('odd but well-typed values and raw bytes never cause a 5xx, and refused ones write nothing', () => {
    it.each(withBody.map((c) => [caseLabel(c), c] as const))('%s', async (label, c) => {
      const keys = Object.keys(((samples.get(c) as { body?: unknown }).body ?? {}) as object);
      if (!keys.length) return;
      const change = fc.record({
        key: fc.constantFrom(...keys),
        value: nasty,
        bytes: fc.option(fc.uint8Array({ minLength: 1, maxLength: 12 }), { nil: undefined }),
      });
      await fc.assert(
        fc.asyncProperty(change, async ({ key, value, bytes }) => {
          const sample = await c.build(fx, t.admin); // fresh: a call that passes may use its sample up
          const body = { ...(sample.body as Record<string, unknown>), [key]: bytes ? '\ue000' : value };
          // Raw bytes go into the JSON text itself: invalid UTF-8, stray quotes and controls included.
          const text = JSON.stringify(body);
          const payload = bytes
            ? Buffer.concat([
                Buffer.from(text.slice(0, text.indexOf('\ue000'))),
                Buffer.from(bytes),
                Buffer.from(text.slice(text.indexOf('\ue000') + 1)),
              ])
            : text;
          await expectRefused(
            `${label} ${key}=${JSON.stringify(value).slice(0, 80)} bytes=${bytes ? Buffer.from(bytes).toString('hex') : '-'}`,
            () => send(c, sample.url, { headers: JSON_CT, payload }),
            { mayPass: true },
          );
        }),
        run,
      );
    });
  });

  describe('malformed path parameters (long, unicode, ../, SQL-ish, bad %-escapes) get a 4xx and write nothing', () => {
    it.each(withParams.map((c) => [caseLabel(c), c] as const))('%s', async (label, c) => {
      const sample = samples.get(c) as { url: string; body?: unknown };
      const names = [...c.route.matchAll(/:(\w+)/g)].map((m) => m[1]);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...names), junkSegment, async (name, segment) => {
          // Swap the one parameter in the route pattern, keeping the sample's other segments.
          const parts = c.route.split('/');
          const real = sample.url.split('?')[0].split('/');
          // A parameter may carry a literal suffix in its segment (`:token.ics`): keep the suffix.
          const url = parts
            .map((p, i) =>
              p === `:${name}` || (p.startsWith(`:${name}.`) && !/\w/.test(p[name.length + 1] ?? ''))
                ? `${segment}${p.slice(name.length + 1)}`
                : real[i],
            )
            .join('/');
          const payload = sample.body === undefined ? undefined : JSON.stringify(sample.body);
          await expectRefused(`${label} ${name}=${segment.slice(0, 80)}`, () => send(c, url, { headers: payload ? JSON_CT : {}, payload }));
        }),
        run,
      );
    });
  });

  describe('malformed query strings never cause a 5xx (and GETs write nothing)', () => {
    it.each(getRoutes.map((c) => [caseLabel(c), c] as const))('%s', async (label, c) => {
      const sample = samples.get(c) as { url: string };
      const path = sample.url.split('?')[0];
      const known = queryKeys(c);
      const pair = fc.tuple(known.length ? fc.oneof(fc.constantFrom(...known), printable) : printable, queryValue);
      await fc.assert(
        fc.asyncProperty(fc.array(pair, { minLength: 1, maxLength: 4 }), fc.boolean(), async (pairs, raw) => {
          // Sometimes raw, unencoded text after the ?: broken %-escapes, stray & and =.
          const qs = raw
            ? pairs.map(([k, v]) => `${k}=${v.replace(/[#\s]/g, '')}`).join('&')
            : new URLSearchParams(pairs.filter(([, v]) => v.isWellFormed())).toString();
          await expectRefused(`${label} ?${qs.slice(0, 120)}`, () => send(c, `${path}?${qs}`), { mayPass: true });
        }),
        run,
      );
    });

    const invalid: [string, string][] = [
      ['/api/v1/incidents', 'limit=0'],
      ['/api/v1/incidents', 'limit=abc'],
      ['/api/v1/incidents', 'limit=100000'],
      ['/api/v1/incidents', 'limit=1&limit=2'],
      ['/api/v1/incidents', 'mine=maybe'],
      ['/api/v1/incidents', 'status=bogus'],
      ['/api/v1/incidents', 'cursor=abc'],
      ['/api/v1/incidents', 'cursor=99999999999'],
      ['/api/v1/incidents', `q=${'q'.repeat(201)}`],
      ['/api/v1/incidents', 'roleHolder=nobody@example.com'],
      ['/api/v1/actions', 'kind=bogus'],
      ['/api/v1/actions', 'cursor=not-a-date'],
      ['/api/v1/actions', 'owner=nobody'],
      ['/api/v1/users', 'limit=-1'],
      ['/api/v1/teams', `cursor=${'c'.repeat(201)}`],
      ['/api/v1/incidents/INC-1/timeline', 'after=-1'],
      ['/api/v1/incidents/INC-1/timeline', 'limit=5001'],
      ['/api/v1/incidents/INC-1/events', 'lastEventId=x'],
      ['/api/v1/incidents/INC-1/events', 'lastEventId=1e400'],
    ];
    it.each(invalid)('%s?%s is a 400', async (path, qs) => {
      const res = await t.app.inject({ method: 'GET', url: `${path}?${qs}`, headers: { authorization: `Bearer ${t.admin.token}` } });
      expect([res.statusCode, envelopeProblem(res.body)]).toEqual([400, null]);
    });
  });

  describe('odd headers', () => {
    it.each(signedIn.map((c) => [caseLabel(c), c] as const))(
      'a broken Authorization header on %s is a 401 and writes nothing',
      async (label, c) => {
        const sample = samples.get(c) as { url: string; body?: unknown };
        const header = fc.oneof(
          printable,
          fc.constantFrom('Bearer', 'Bearer ', 'Basic YTpi', 'Token abc', 'Bearer fbt_', 'Bearer null', 'Bearer undefined', 'bearer  '),
          printable.map((s) => `Bearer ${t.admin.token}${s.replace(/\s/g, '') || 'x'}`),
          printable.map((s) => `Bearer ${s}`),
        );
        await fc.assert(
          fc.asyncProperty(header, async (authorization) => {
            const payload = sample.body === undefined ? undefined : JSON.stringify(sample.body);
            await expectRefused(
              `${label} Authorization: ${authorization}`,
              () => send(c, sample.url, { as: null, headers: { authorization, ...(payload ? JSON_CT : {}) }, payload }),
              {
                status: [401],
              },
            );
          }),
          run,
        );
      },
    );

    it.each(validated.map((c) => [caseLabel(c), c] as const))(
      'a body that is not JSON on %s is a 4xx and writes nothing',
      async (label, c) => {
        const sample = samples.get(c) as { url: string; body?: unknown };
        const contentType = fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'application/jsonx',
          'image/png',
          '',
          ';;',
          'application/merge-patch+json',
        );
        await fc.assert(
          fc.asyncProperty(contentType, async (ct) => {
            const headers: Record<string, string> = ct ? { 'content-type': ct } : {};
            await expectRefused(
              `${label} content-type: ${ct}`,
              () => send(c, sample.url, { headers, payload: JSON.stringify(sample.body ?? {}) }),
              { status: [400, 415] },
            );
          }),
          run,
        );
      },
    );

    it('a malformed Last-Event-ID is a 400 on the incident stream', async () => {
      const c = ROUTES.find((r) => r.route === '/api/v1/incidents/:ref/events') as RouteCase;
      const url = (samples.get(c) as { url: string }).url;
      const value = printable.filter((s) => s.trim() !== '' && !/^\d{1,15}$/.test(s.trim()));
      await fc.assert(
        fc.asyncProperty(value, async (v) => {
          await expectRefused(`Last-Event-ID: ${v}`, () => send(c, url, { headers: { 'last-event-id': v } }), { status: [400] });
        }),
        { ...run, numRuns: RUNS * 3 },
      );
    });
  });

  // Values that once broke one database or the other, tried everywhere every time (the random
  // properties above may or may not draw them).
  describe('known troublemakers, everywhere', () => {
    const values = ['a\u0000b', '\ud800', 'INC-77777777777', '77777777777777777777', '%_\\', "'; DROP TABLE users; --"];
    it.each(validated.map((c) => [caseLabel(c), c] as const))('in every text field of %s: never a 5xx', async (label, c) => {
      const keys = Object.entries(((samples.get(c) as { body?: unknown }).body ?? {}) as Record<string, unknown>).filter(
        ([, v]) => typeof v === 'string',
      );
      for (const [key] of keys) {
        for (const value of values) {
          const sample = await c.build(fx, t.admin);
          const body = { ...(sample.body as object), [key]: value };
          await expectRefused(
            `${label} ${key}=${JSON.stringify(value)}`,
            () => send(c, sample.url, { headers: JSON_CT, payload: JSON.stringify(body) }),
            { mayPass: true },
          );
        }
      }
    });
    it.each(withParams.map((c) => [caseLabel(c), c] as const))('in every path parameter of %s: a 4xx', async (label, c) => {
      const sample = samples.get(c) as { url: string; body?: unknown };
      const parts = c.route.split('/');
      const real = sample.url.split('?')[0].split('/');
      for (const [i, p] of parts.entries()) {
        if (!p.startsWith(':')) continue;
        for (const segment of [
          '%00',
          'a%00b',
          'INC-99999999999',
          '99999999999999999999',
          'x'.repeat(600),
          '%E0%A4%A',
          '%ED%A0%80',
          '..%2F..%2F',
        ]) {
          const url = parts.map((_, j) => (j === i ? segment : real[j])).join('/');
          const payload = sample.body === undefined ? undefined : JSON.stringify(sample.body);
          await expectRefused(`${label} ${p}=${segment.slice(0, 40)}`, () => send(c, url, { headers: payload ? JSON_CT : {}, payload }));
        }
      }
    });
    it.each(getRoutes.map((c) => [caseLabel(c), c] as const))('in every query parameter of %s: never a 5xx', async (label, c) => {
      const path = (samples.get(c) as { url: string }).url.split('?')[0];
      for (const key of queryKeys(c)) {
        for (const value of ['a%00b', 'INC-99999999999', '99999999999', '%5C%25_']) {
          await expectRefused(`${label} ?${key}=${value}`, () => send(c, `${path}?${key}=${value}`), { mayPass: true });
        }
      }
    });
  });

  describe('invalid JSON', () => {
    it.each(withBody.map((c) => [caseLabel(c), c] as const))('%s answers 400 invalid_json and writes nothing', async (label, c) => {
      const sample = samples.get(c) as { url: string };
      await fc.assert(
        fc.asyncProperty(invalidJson, async (text) => {
          await expectRefused(
            `${label} ${JSON.stringify(text)}`,
            async () => {
              const res = await send(c, sample.url, { headers: JSON_CT, payload: text });
              if (res.status === 400 && !res.body.includes('"invalid_json"'))
                throw new Error(`${label}: 400 but not invalid_json: ${res.body}`);
              return res;
            },
            { status: [400] },
          );
        }),
        run,
      );
    });
  });

  describe('deeply nested JSON (a stack-overflow probe)', () => {
    it.each(withBody.map((c) => [caseLabel(c), c] as const))('%s answers 400 invalid_input and writes nothing', async (label, c) => {
      const sample = samples.get(c) as { url: string; body?: unknown };
      const keys = Object.keys((sample.body ?? {}) as object);
      for (const payload of [
        `${'['.repeat(6000)}${']'.repeat(6000)}`,
        `{"${keys[0] ?? 'x'}":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
      ]) {
        await expectRefused(
          `${label} ${payload.length} bytes of nesting`,
          async () => {
            const res = await send(c, sample.url, { headers: JSON_CT, payload });
            if (res.status === 400 && !res.body.includes('"invalid_input"'))
              throw new Error(`${label}: 400 but not invalid_input: ${res.body}`);
            return res;
          },
          { status: [400] },
        );
      }
    });
  });

  describe('bodies over the limit', () => {
    it('get 413 payload_too_large at the default limit of 1 MiB, and just under it are judged on content', async () => {
      const c = ROUTES.find((r) => r.route === '/api/v1/incidents/:ref/comments') as RouteCase;
      const url = (samples.get(c) as { url: string }).url;
      const over = JSON.stringify({ body: 'x'.repeat(1024 * 1024) });
      await expectRefused('1 MiB comment', () => send(c, url, { headers: JSON_CT, payload: over }), { status: [413] });
      expect((await send(c, url, { headers: JSON_CT, payload: over })).body).toContain('"payload_too_large"');
      const under = JSON.stringify({ body: 'x'.repeat(1024 * 1024 - 100) });
      const res = await send(c, url, { headers: JSON_CT, payload: under });
      expect([res.status, JSON.parse(res.body).error.code]).toEqual([400, 'invalid_input']); // 20 000 characters at most
    });

    it('follow FIREBREAK_BODY_LIMIT, on every route with a body', async () => {
      const database = await openTestDatabase(kind);
      const config = loadConfig({ FIREBREAK_DATA_DIR: tmpdir(), FIREBREAK_BODY_LIMIT: '4096' });
      const small = await buildApp({ ...t.deps, db: database.db, dialect: database.dialect, config }, { webDir: '/nonexistent' });
      try {
        // The same users and tokens do not exist in this database: any token is refused before the body
        // is read, so these go to the public routes plus a check that the limit is read at all.
        const big = JSON.stringify({ padding: 'p'.repeat(5000) });
        for (const c of ROUTES.filter((r) => r.access === 'public' && r.method === 'POST')) {
          const res = await small.inject({ method: 'POST', url: c.route, headers: { 'content-type': 'application/json' }, payload: big });
          expect([res.statusCode, envelopeProblem(res.body), res.json().error.code], c.route).toEqual([413, null, 'payload_too_large']);
        }
        const fits = await small.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ email: 'a@b.c', password: 'p'.repeat(100) }),
        });
        expect(fits.statusCode).toBe(401);
      } finally {
        await small.close();
        await database.cleanup();
      }
      for (const c of withBody) {
        const sample = samples.get(c) as { url: string };
        const res = await send(c, sample.url, { headers: JSON_CT, payload: JSON.stringify({ padding: 'p'.repeat(1024 * 1024) }) });
        // A route with a larger limit of its own reads the body and judges it (too big for us to exceed here).
        if (c.bodyLimit) expect(res.status, caseLabel(c)).toBe(400);
        else expect([res.status, envelopeProblem(res.body)], caseLabel(c)).toEqual([413, null]);
      }
    });
  });

  describe("alert ingestion (integration-key routes): bad input is a 4xx in the tool's format, never a 5xx, nothing written", () => {
    /** Sends a sample with its own headers (its key), never a user's token. */
    const sendKeyed = async (
      sample: { url: string; headers?: Record<string, string>; method?: string },
      payload: string | Buffer,
      headers: Record<string, string> = JSON_CT,
    ) => {
      const res = await t.app.inject({
        method: (sample.method ?? 'POST') as 'POST',
        url: sample.url,
        headers: { ...headers, ...sample.headers },
        payload,
      });
      return { status: res.statusCode, body: res.body };
    };
    const refusedInOwnFormat = async (label: string, exec: () => Promise<Sent>) => {
      const before = await counts();
      const res = await exec();
      if (res.status >= 500) throw new Error(`${label}: ${res.status} ${res.body.slice(0, 300)}`);
      if (res.status < 400) return; // accepted: a well-formed event (what it wrote is checked by the slice's tests)
      try {
        JSON.parse(res.body);
      } catch {
        throw new Error(`${label}: ${res.status} not JSON: ${res.body.slice(0, 200)}`);
      }
      const after = await counts();
      if (after !== before) throw new Error(`${label}: refused with ${res.status} but wrote:\n  before ${before}\n  after  ${after}`);
    };
    it.each(KEY_ROUTES.filter((c) => c.method === 'GET').map((c) => [caseLabel(c), c] as const))(
      '%s: any last path segment is answered, never a 5xx',
      async (label, c) => {
        const sample = (await c.build(fx, t.admin)) as { url: string; headers?: Record<string, string> };
        const [path, query] = sample.url.split('?');
        const stem = path.slice(0, path.lastIndexOf('/') + 1);
        await fc.assert(
          fc.asyncProperty(junkSegment, async (seg) => {
            const url = `${stem}${seg}${query ? `?${query}` : ''}`;
            const res = await t.app.inject({ method: 'GET', url, headers: { ...sample.headers } });
            if (res.statusCode >= 500) throw new Error(`${label} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
            JSON.parse(res.body);
          }),
          run,
        );
      },
    );
    it.each(KEY_ROUTES.filter((c) => c.method !== 'GET').map((c) => [caseLabel(c), c] as const))('%s', async (label, c) => {
      const sample = {
        ...((await c.build(fx, t.admin)) as { url: string; body?: unknown; headers?: Record<string, string> }),
        method: c.method,
      };
      const base = (sample.body ?? {}) as Record<string, unknown>;
      const keys = Object.keys(base);
      const body = fc.oneof(
        fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.string({ maxLength: 20 }), fc.array(junk, { maxLength: 4 })),
        fc.constantFrom(...keys).chain((k) => otherType(base[k]).map((v) => ({ ...base, [k]: v }))),
        fc.constantFrom(...keys).chain((k) => nasty.map((v) => ({ ...base, [k]: v }))),
        junk.map((j) => ({ ...base, payload: j, alerts: [j] })),
      );
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          await refusedInOwnFormat(`${label} ${JSON.stringify(b)?.slice(0, 200)}`, () => sendKeyed(sample, JSON.stringify(b)));
        }),
        run,
      );
      await fc.assert(
        fc.asyncProperty(invalidJson, async (text) => {
          const res = await sendKeyed(sample, text);
          if (res.status !== 400 && res.status !== 401 && res.status !== 422)
            throw new Error(`${label} ${text}: ${res.status} ${res.body.slice(0, 200)}`);
        }),
        run,
      );
      const big = await sendKeyed(sample, JSON.stringify({ ...base, padding: 'p'.repeat(600 * 1024) }));
      expect([big.status, typeof JSON.parse(big.body)], label).toEqual([big.status === 401 ? 401 : 413, 'object']);
    });
  });
});
