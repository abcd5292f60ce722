/**
 * The plain-language check of stakeholder updates: one rule set, used by the web composer (as the
 * person types) and by the server (the warnings it returns when an update is posted). It looks for
 * kinds of technical text — stack traces, hostnames, IP addresses, error codes (HTTP status codes,
 * errno and signal names, exception class names), file paths, code — and for words on the
 * installation's jargon list (an admin setting). It warns, with a suggestion; it never blocks.
 */

export const PLAIN_LANGUAGE_KINDS = ['stack_trace', 'hostname', 'ip_address', 'error_code', 'file_path', 'code', 'jargon'] as const;
export type PlainLanguageKind = (typeof PLAIN_LANGUAGE_KINDS)[number];

/** One word on the jargon list, with what to say instead (optional). */
export type JargonTerm = { term: string; instead: string | null };

export type PlainLanguageWarning = {
  kind: PlainLanguageKind;
  /** The text that triggered it, as written (at most 80 characters). */
  match: string;
  /** Where it starts in the text (UTF-16 index). */
  index: number;
  /** What to do instead, in words. */
  suggestion: string;
};

export const PLAIN_LANGUAGE_LABELS: Record<PlainLanguageKind, string> = {
  stack_trace: 'Stack trace',
  hostname: 'Hostname',
  ip_address: 'IP address',
  error_code: 'Error code',
  file_path: 'File path',
  code: 'Code',
  jargon: 'Internal jargon',
};

const SUGGESTIONS: Record<Exclude<PlainLanguageKind, 'jargon'>, string> = {
  stack_trace: 'Keep the stack trace in the war room; tell stakeholders what people notice (for example "payments fail").',
  hostname: 'Name the service or feature people know instead of the machine.',
  ip_address: 'Leave addresses out; say which service or region is affected.',
  error_code: 'Describe the effect (for example "some pages do not load") instead of the code.',
  file_path: 'Leave file paths in the war room.',
  code: 'Leave code in the war room; say what it means for people.',
};

/** The jargon list a new installation starts with; admins edit it in Settings. */
export const DEFAULT_JARGON: JargonTerm[] = [
  { term: 'rollback', instead: 'returned to the previous version' },
  { term: 'rolled back', instead: 'returned to the previous version' },
  { term: 'hotfix', instead: 'a quick fix' },
  { term: 'deploy', instead: 'release' },
  { term: 'deployment', instead: 'release' },
  { term: 'latency', instead: 'slowness' },
  { term: 'p99', instead: 'the slowest requests' },
  { term: 'p95', instead: 'the slowest requests' },
  { term: 'timeout', instead: 'took too long' },
  { term: 'timeouts', instead: 'took too long' },
  { term: 'failover', instead: 'switched to backup systems' },
  { term: 'database', instead: null },
  { term: 'db', instead: null },
  { term: 'cache', instead: null },
  { term: 'kubernetes', instead: null },
  { term: 'k8s', instead: null },
  { term: 'pod', instead: null },
  { term: 'pods', instead: null },
  { term: 'cluster', instead: null },
  { term: 'shard', instead: null },
  { term: 'replica', instead: null },
  { term: 'load balancer', instead: null },
  { term: 'dns', instead: null },
  { term: 'tls', instead: null },
  { term: 'cpu', instead: null },
  { term: 'oom', instead: null },
  { term: 'heap', instead: null },
  { term: 'deadlock', instead: null },
  { term: 'race condition', instead: null },
  { term: 'config', instead: 'settings' },
  { term: 'feature flag', instead: 'setting' },
  { term: 'canary', instead: 'a small trial release' },
  { term: 'upstream', instead: 'a provider we depend on' },
  { term: 'downstream', instead: null },
  { term: 'root cause', instead: 'cause' },
  { term: 'mitigated', instead: 'reduced the impact' },
  { term: 'postmortem', instead: 'review' },
  { term: 'on-call', instead: 'the team' },
  { term: 'pager', instead: null },
];

const RULES: { kind: Exclude<PlainLanguageKind, 'jargon'>; re: RegExp }[] = [
  {
    kind: 'stack_trace',
    re: new RegExp(
      [
        String.raw`^[ \t]*at [\w$.<>\[\]/]+ ?\(?[^\n()]*:\d+(?::\d+)?\)?`, // JavaScript, Java
        String.raw`Traceback \(most recent call last\)`, // Python
        String.raw`^[ \t]*File "[^"]+", line \d+`, // Python frames
        String.raw`\bgoroutine \d+ \[[a-z ]+\]`, // Go
        String.raw`\bException in thread "`, // Java
        String.raw`^[ \t]*\d+: 0x[0-9a-f]+ - `, // Rust backtraces
      ].join('|'),
      'gim',
    ),
  },
  {
    kind: 'error_code',
    re: new RegExp(
      [
        String.raw`\b(?:HTTP|status|code|error|returns?|returned|returning)\s+[45]\d\d\b`,
        String.raw`\b[45]\d\d(?:s\b|\s+(?:errors?|responses?|status|codes?)\b)`,
        String.raw`\b[45]\d\d\s+(?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Bad Request|Not Found|Too Many Requests)\b`,
        String.raw`\b[45]xx\b`,
        String.raw`\bE(?:CONN[A-Z]+|TIMEDOUT|NO[A-Z]{2,}|ADDR[A-Z]+|PIPE|ACCES|PERM|HOSTUNREACH|NETUNREACH|AGAIN|MFILE|EXIST|INVAL|BUSY|IO)\b`,
        String.raw`\bSIG(?:KILL|TERM|SEGV|ABRT|BUS|HUP|INT|PIPE)\b`,
        String.raw`\b(?:[A-Z][a-z0-9]+){1,6}(?:Error|Exception|Fault)\b`,
        String.raw`\b0x[0-9a-fA-F]{4,}\b`,
        String.raw`\bexit (?:code|status) \d+\b`,
      ].join('|'),
      'g',
    ),
  },
  {
    kind: 'ip_address',
    re: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?::\d{1,5})?(?![\w.])|(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:)+:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?)(?![\w:])/gi,
  },
  {
    kind: 'hostname',
    re: /\b(?:[a-z0-9-]+\.)+(?:internal|local|localdomain|svc|cluster|corp|lan|intra|intranet|prod|stg|staging|dev|test)\b|\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-?\d+[a-z0-9]*(?:\.[a-z][a-z0-9-]*)+\b|\b(?:[a-z0-9-]+\.)+(?:amazonaws\.com|compute\.internal|cloudapp\.net|googleusercontent\.com)\b|\blocalhost\b/gi,
  },
  {
    kind: 'file_path',
    re: /(?<![\w/<])(?:\/(?:[\w.-]+\/)+[\w.-]+|[A-Z]:\\(?:[\w.-]+\\)+[\w.-]*|(?:[\w-]+\/)+[\w-]+\.(?:ts|js|py|go|java|rb|rs|php|cs|yaml|yml|json|conf|cfg|ini|log|sql))(?![\w/])/g,
  },
  { kind: 'code', re: /`[^`\n]+`|\b[a-zA-Z_]\w*(?:\.\w+)*\([^()\n]{0,40}\)|[{};][ \t]*$/gm },
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The warnings for a text: each kind of technical text once (its first occurrence), then each jargon word once. */
export function plainLanguageWarnings(text: string, jargon: readonly JargonTerm[] = DEFAULT_JARGON): PlainLanguageWarning[] {
  const out: PlainLanguageWarning[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && x < b);
  for (const { kind, re } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0].trim()) {
        re.lastIndex++;
        continue;
      }
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      if (overlaps(start, end)) continue; // a hostname inside a stack trace is the stack trace
      taken.push([start, end]);
      out.push({ kind, match: text.slice(start, end).slice(0, 80), index: start, suggestion: SUGGESTIONS[kind] });
      break;
    }
  }
  const terms = [...new Map(jargon.filter((j) => j.term.trim()).map((j) => [j.term.trim().toLowerCase(), j])).values()];
  if (terms.length) {
    // Longest first, so "rolled back" wins over "back" if both are listed.
    terms.sort((a, b) => b.term.length - a.term.length);
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])(${terms.map((j) => escapeRe(j.term.trim())).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
    const seen = new Set<string>();
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const key = m[1].toLowerCase();
      if (seen.has(key) || overlaps(m.index, m.index + m[1].length)) continue;
      seen.add(key);
      const term = terms.find((j) => j.term.trim().toLowerCase() === key);
      out.push({
        kind: 'jargon',
        match: m[1],
        index: m.index,
        suggestion: term?.instead
          ? `Say "${term.instead}" instead of "${m[1]}".`
          : `"${m[1]}" is internal jargon: say what it means for people, or leave it out.`,
      });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
