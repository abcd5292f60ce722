import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

type Line = { msg?: string; req?: { method?: string; url?: string }; res?: { statusCode?: number }; responseTime?: number };

/** One request log line in words: "GET /api/v1/incidents", "200 in 12 ms". */
function message(log: Record<string, unknown>): string {
  const l = log as Line;
  const text = l.msg ?? '';
  if (l.res?.statusCode !== undefined)
    return `${text} ${l.res.statusCode}${l.responseTime !== undefined ? ` in ${Math.round(l.responseTime)} ms` : ''}`;
  if (l.req?.method) return `${text} ${l.req.method} ${l.req.url ?? ''}`;
  return text;
}

/**
 * The path segments that are a secret (the URL is the credential): share links, integration and
 * heartbeat keys, page acknowledgement links, unsubscribe, subscription and calendar feed tokens.
 */
const SECRET_SEGMENT =
  /(\/(?:shared\/retros|ingest\/(?:alertmanager|grafana|generic|heartbeat)|page-ack|unsubscribe|status\/(?:confirm|manage|unsubscribe)|calendar)\/)[^/?#]+?(\.ics)?(?=[/?#]|$)/g;

/** Secrets that travel in URLs (in the path, or as a token, key or OIDC code and state in the query) never reach a log. */
export function redactUrl(url: string): string {
  return url
    .replace(SECRET_SEGMENT, '$1[redacted]$2')
    .replace(/([?&](?:token|key|apikey|signature|sig|secret|code|state)=)[^&#]*/gi, '$1[redacted]');
}

/** Request lines carry method and URL (redacted), nothing else of the request. */
const serializers = {
  req: (req: { method?: string; url?: string; routeOptions?: unknown }) => ({ method: req.method, url: redactUrl(String(req.url ?? '')) }),
};

/**
 * The process's logger (the HTTP server's too): readable one-line entries on a terminal, where a
 * person reads them next to the first-run setup link, and JSON lines otherwise, for log collectors.
 */
export function createLogger(level: string, out: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout): Logger {
  if (!out.isTTY) return pino({ level, serializers }, out);
  return pino(
    { level, serializers },
    pretty({
      destination: out,
      colorize: true,
      translateTime: 'SYS:HH:MM:ss',
      singleLine: true,
      ignore: 'pid,hostname,reqId,req,res,responseTime',
      messageFormat: message,
      sync: true,
    }),
  );
}
