// The subset of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  export type Options = {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    pipelining?: number;
    duration?: number;
    timeout?: number;
    /** Replaces `[<id>]` in the body with a fresh id per request. */
    idReplacement?: boolean;
    /** Requests per second across all connections, instead of as fast as they are answered. */
    overallRate?: number;
  };
  export type Result = { errors: number; timeouts: number; non2xx: number; duration: number; requests: { total: number } };
  export type Instance = PromiseLike<Result> & {
    on(event: 'response', fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  };
  export default function autocannon(opts: Options): Instance;
}
