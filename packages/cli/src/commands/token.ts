import { CreateTokenBody, MAX_TOKEN_DAYS, type NewTokenView, TOKEN_SCOPES, type TokenScope, type TokenView } from '@firebreak/shared';
import { type Command, Option } from 'commander';
import { checkBody, words } from '../args.ts';
import { usageError } from '../errors.ts';
import { note, out, printJson, table, when } from '../output.ts';
import { connect } from '../session.ts';

/** `--expires-in`: `30d`, `12w`, `30` (days) or `never` (admins only). (Not null: commander turns that into ''.) */
export function expiresIn(value: string): number | 'never' {
  const v = value.trim().toLowerCase();
  if (v === 'never') return 'never';
  const m = /^(\d+)\s*(d|w)?$/.exec(v);
  const days = m ? Number(m[1]) * (m[2] === 'w' ? 7 : 1) : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
    throw usageError(`--expires-in: expected days from 1 to ${MAX_TOKEN_DAYS} (30d, 12w) or "never", got ${value}`);
  return days;
}

/** The expiry as the API takes it: days from now, null for never, nothing for the server's default. */
export const expiryBody = (days: number | 'never' | undefined) =>
  days === undefined ? {} : days === 'never' ? { expiresAt: null } : { expiresInDays: days };

const state = (t: TokenView) => (t.revoked ? 'revoked' : t.active ? 'active' : 'expired');

async function list(o: { all?: boolean; json?: boolean }): Promise<void> {
  const tokens = (await connect().get<TokenView[]>('/tokens')).filter((t) => o.all || t.active);
  if (o.json) return printJson(tokens);
  if (!tokens.length) return out(o.all ? 'No API tokens.' : 'No active API tokens (--all shows revoked and expired ones).');
  table(
    ['ID', 'NAME', 'SCOPE', 'EXPIRES', 'LAST USED', 'STATE', 'PREFIX'],
    tokens.map((t) => [t.id, t.name, t.scope, t.expiresAt ? when(t.expiresAt) : 'never', when(t.lastUsedAt), state(t), `${t.prefix}…`]),
  );
}

async function create(name: string[], o: { scope?: TokenScope; expiresIn?: number | 'never'; json?: boolean }): Promise<void> {
  const body = checkBody(CreateTokenBody, { name: words(name), scope: o.scope, ...expiryBody(o.expiresIn) });
  const t = await connect().post<NewTokenView>('/tokens', body);
  if (o.json) return printJson(t);
  note(`Created token ${t.name} (${t.id}): scope ${t.scope}, ${t.expiresAt ? `expires ${when(t.expiresAt)}` : 'never expires'}.`);
  note('The secret is on stdout and is shown this once:');
  out(t.token);
}

async function revoke(id: string, o: { json?: boolean }): Promise<void> {
  const t = await connect().raw<{ data: TokenView }>('DELETE', `/tokens/${encodeURIComponent(id)}`);
  if (o.json) return printJson(t.data);
  out(`Revoked token ${t.data.name} (${t.data.id})`);
}

export const scopeOption = () =>
  new Option('--scope <scope>', 'what the token may do (default: everything your role allows)').choices(TOKEN_SCOPES);
export const expiresOption = () =>
  new Option(
    '--expires-in <days>',
    `lifetime: 30d, 12w (at most ${MAX_TOKEN_DAYS} days) or never (admins); default: the server's FIREBREAK_TOKEN_DAYS`,
  ).argParser(expiresIn);

export function registerToken(program: Command): void {
  const token = program.command('token').description('your API tokens: list, create, revoke');
  token
    .command('list')
    .description('your API tokens with their scope and expiry')
    .option('--all', 'include revoked and expired tokens')
    .option('--json', 'print them as JSON')
    .action(list);
  token
    .command('create')
    .description('create an API token for yourself (the secret is printed once, alone on stdout)')
    .argument('<name...>', 'what it is for, e.g. "grafana alerts"')
    .addOption(scopeOption())
    .addOption(expiresOption())
    .option('--json', 'print the token (with its secret) as JSON')
    .action(create);
  token
    .command('revoke')
    .description('revoke one of your tokens (admins: anyone’s)')
    .argument('<id>')
    .option('--json', 'print it as JSON')
    .action(revoke);
}
