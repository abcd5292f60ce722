import type { ErrorCode, ErrorEnvelope } from '@firebreak/shared';
/** What a failed call can carry: one of the server's error codes, or what went wrong before an answer. */
export type ApiErrorCode = ErrorCode | 'network_error' | 'http_error';

/** One failed API call, carrying the server's `{"error": {code, message, details}}` in words. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: Record<string, unknown> | undefined;
  constructor(status: number, code: ApiErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The request field the error is about (`title`, `rootCauseFix.reason`…), to show it next to that field. */
  get field(): string | undefined {
    const f = this.details?.field;
    if (typeof f === 'string') return f;
    const issues = this.details?.issues;
    if (Array.isArray(issues) && issues[0] && typeof issues[0].path === 'string') {
      return (issues[0].path as string).replace(/^(body|querystring|params)\.?/, '') || undefined;
    }
    const m = /^([\w.]+): /.exec(this.message);
    return m ? m[1].replace(/^(body|querystring|params)\.?/, '') : undefined;
  }
}

/** Sent on `window` when the session is gone, so the app can go to the sign-in page once. */
export const UNAUTHENTICATED_EVENT = 'firebreak:unauthenticated';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the API with the session cookie; resolves with the parsed body, rejects with an ApiError. */
export async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: body !== undefined ? { 'content-type': 'application/json' } : undefined,
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', 'Cannot reach the Firebreak server; check your connection and try again');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const e = (json as Partial<ErrorEnvelope> | undefined)?.error;
    const err = new ApiError(res.status, e?.code ?? 'http_error', e?.message ?? `The server answered ${res.status}`, e?.details);
    if (res.status === 401 && !path.startsWith('/auth/')) window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
    throw err;
  }
  return json as T;
}

/** GET and unwrap `data`. */
export const getData = async <T>(path: string, signal?: AbortSignal): Promise<T> =>
  (await request<{ data: T }>('GET', path, undefined, signal)).data;

/** Write and unwrap `data`. */
export const send = async <T>(method: Exclude<Method, 'GET'>, path: string, body?: unknown): Promise<T> =>
  (await request<{ data: T }>(method, path, body))?.data as T;

/** Builds a query string from defined, non-empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const errorMessage = (err: unknown): string =>
  err instanceof Error ? err.message : typeof err === 'string' ? err : 'Something went wrong';
