import type { Credentials } from './credentials.ts';
import { ApiError, CliError, EXIT } from './errors.ts';

export type Query = Record<string, string | number | boolean | undefined>;
export type Page<T> = { data: T[]; nextCursor?: string | null };

const USER_AGENT = 'firebreak-cli/0.1';

export function buildUrl(base: string, path: string, query: Query = {}): string {
  const u = new URL(`${base}/api/v1${path}`);
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') u.searchParams.set(k, String(v));
  return u.toString();
}

/** Turns a non-2xx response into an ApiError, keeping the server's code and message. */
export async function errorFrom(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; details?: Record<string, unknown> } };
    if (body.error && typeof body.error.message === 'string') {
      return new ApiError(res.status, String(body.error.code ?? `http_${res.status}`), body.error.message, body.error.details);
    }
  } catch {
    // not JSON: a proxy page or a server that is not Firebreak
  }
  return new ApiError(res.status, `http_${res.status}`, `unexpected response from the server: HTTP ${res.status} ${res.statusText}`.trim());
}

/** A fetch failure (refused, DNS, TLS) as a CLI error naming the server. */
export function networkError(base: string, err: unknown): CliError {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (err as Error).message;
  return new CliError(`cannot reach ${base}: ${why}`, 'request_failed', EXIT.failed);
}

export type Client = ReturnType<typeof createClient>;

/** A small JSON client for /api/v1 that unwraps `{data}` and raises ApiError on error envelopes. */
export function createClient(creds: Pick<Credentials, 'url' | 'token'>) {
  const headers = (json: boolean): Record<string, string> => ({
    authorization: `Bearer ${creds.token}`,
    accept: 'application/json',
    'user-agent': USER_AGENT,
    ...(json ? { 'content-type': 'application/json' } : {}),
  });

  async function raw<T>(method: string, path: string, opts: { body?: unknown; query?: Query } = {}): Promise<T> {
    let res: Response;
    try {
      res = await fetch(buildUrl(creds.url, path, opts.query), {
        method,
        headers: headers(opts.body !== undefined),
        body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      });
    } catch (err) {
      throw networkError(creds.url, err);
    }
    if (!res.ok) throw await errorFrom(res);
    if (res.status === 204) return undefined as T;
    try {
      return (await res.json()) as T;
    } catch {
      throw new CliError(`the server at ${creds.url} did not answer with JSON`, 'bad_response', EXIT.failed);
    }
  }

  const data = async <T>(method: string, path: string, opts: { body?: unknown; query?: Query } = {}) =>
    (await raw<{ data: T }>(method, path, opts)).data;

  return {
    url: creds.url,
    token: creds.token,
    raw,
    get: <T>(path: string, query?: Query) => data<T>('GET', path, { query }),
    post: <T>(path: string, body: unknown) => data<T>('POST', path, { body }),
    patch: <T>(path: string, body: unknown) => data<T>('PATCH', path, { body }),
    /** One page, or every page when `all` (following nextCursor). */
    async list<T>(path: string, query: Query, all: boolean): Promise<{ items: T[]; nextCursor: string | null }> {
      const items: T[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await raw<Page<T>>('GET', path, { query: { ...query, cursor } });
        items.push(...page.data);
        const next = page.nextCursor ?? null;
        if (!all || !next) return { items, nextCursor: next };
        cursor = next;
      }
    },
  };
}
