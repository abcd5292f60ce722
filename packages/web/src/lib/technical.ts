/**
 * Spots text that reads as war-room talk rather than a stakeholder update: stack traces, hostnames,
 * IP addresses, file paths, error codes and engineering jargon. Returns what it found, in words, so
 * the composer can say why it thinks so; it warns and never blocks.
 */
export type TechnicalFinding = { kind: string; sample: string };

const JARGON = [
  'p50',
  'p95',
  'p99',
  'latency',
  'oom',
  'oomkilled',
  'k8s',
  'kubernetes',
  'kubectl',
  'pod',
  'pods',
  'namespace',
  'helm',
  'rollback',
  'rolled back',
  'config',
  'configmap',
  'deploy',
  'deployment',
  'replica',
  'replicas',
  'shard',
  'dns',
  'tls',
  'ssl',
  'cpu',
  'heap',
  'gc',
  'mutex',
  'deadlock',
  'segfault',
  'null pointer',
  'nullpointerexception',
  'stack trace',
  'stacktrace',
  'regex',
  'cache miss',
  'redis',
  'kafka',
  'postgres',
  'mysql',
  'sql',
  'query plan',
  'index scan',
  'connection pool',
  'load balancer',
  'ingress',
  'egress',
  'cron',
  'daemon',
  'thread',
  'race condition',
  'hotfix',
  'canary',
  'feature flag',
  'upstream',
  'downstream',
  'timeout',
  'timeouts',
  'retry storm',
  '5xx',
  '4xx',
  'http 500',
  'http 502',
  'http 503',
  'grpc',
  'api gateway',
  'lambda',
  's3',
  'ec2',
  'rds',
  'vpc',
  'iam',
  'ssh',
  'sudo',
  'commit',
  'pr ',
  'pull request',
  'jvm',
  'node_modules',
];
const JARGON_RE = new RegExp(
  `(?:^|[^a-z0-9_])(${JARGON.map((j) => j.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=$|[^a-z0-9_])`,
  'gi',
);

const PATTERNS: { kind: string; re: RegExp }[] = [
  {
    kind: 'a stack trace',
    re: /(^|\n)\s*at [\w$.<>]+ ?\(?[^\n]*:\d+(:\d+)?\)?|Traceback \(most recent call last\)|\bException in thread\b|\b\w+(Error|Exception): /g,
  },
  {
    kind: 'a hostname',
    re: /\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(internal|local|svc|cluster|corp|lan|intra|prod|staging)\b|\b[a-z]+-[a-z0-9]*\d+[a-z0-9-]*\.[a-z][a-z0-9.-]+\b/gi,
  },
  { kind: 'an IP address', re: /\b(?:\d{1,3}\.){3}\d{1,3}(:\d+)?\b/g },
  { kind: 'a file path', re: /(?:^|\s)(\/(?:[\w.-]+\/)+[\w.-]+|[\w-]+\/[\w-]+\.(?:ts|js|py|go|java|rb|yaml|yml|json|conf))\b/g },
  { kind: 'an error code', re: /\b(?:E[A-Z]{3,}|SIG[A-Z]{3,}|0x[0-9a-f]{4,})\b|\b(?:status|code|HTTP)\s*[45]\d\d\b/g },
  { kind: 'code', re: /`[^`]+`|\w+\(\)|\b\w+\.\w+\(\w*\)|[{};]\s*$/gm },
];

export function technicalFindings(text: string): TechnicalFinding[] {
  const found: TechnicalFinding[] = [];
  const seen = new Set<string>();
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && !seen.has(kind)) {
      seen.add(kind);
      found.push({ kind, sample: m[0].trim().slice(0, 60) });
    }
  }
  JARGON_RE.lastIndex = 0;
  const words = new Set<string>();
  for (let m = JARGON_RE.exec(text); m; m = JARGON_RE.exec(text)) words.add(m[1].toLowerCase().trim());
  if (words.size) found.push({ kind: words.size > 1 ? 'jargon' : 'a technical term', sample: [...words].slice(0, 4).join(', ') });
  return found;
}
