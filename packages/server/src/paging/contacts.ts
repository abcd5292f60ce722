import type { ContactMethodKind, ContactMethodView, MyPagingView, PagingRuleView } from '@firebreak/shared';
import { audit } from '../audit/index.ts';
import type { Ctx, Tx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { ConflictError, InputError, NotFoundError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { enqueue } from '../platform/jobs/queue.ts';
import { sendMail } from '../platform/mail.ts';
import { checkDestinationUrl } from '../webhooks/index.ts';
import { pagingLimits, testJob } from './send.ts';
import {
  type ContactMethodRow,
  contactMethodsOf,
  deleteContactMethod,
  deleteRule,
  getContactMethod,
  getRule,
  insertContactMethod,
  insertRule,
  ruleExists,
  rulesOf,
  updateContactMethod,
} from './store.ts';

/** A person's contact methods and paging rules (`/me/…`): only their own. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function checkAddress(ctx: Ctx, kind: ContactMethodKind, address: string): string {
  if (kind === 'email') {
    if (!EMAIL.test(address)) throw new InputError('address: not an e-mail address', { field: 'address' });
    return address.toLowerCase();
  }
  try {
    new URL(address);
  } catch {
    throw new InputError('address: an incoming-webhook URL (https://…) is needed for this kind', { field: 'address' });
  }
  try {
    return checkDestinationUrl(address, ctx.config.webhooksAllowPrivate);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`address: ${err.message}`, { field: 'address' }, err.code);
    throw err;
  }
}

export const presentMethod = (m: ContactMethodRow): ContactMethodView => ({
  id: m.id,
  kind: m.kind as ContactMethodKind,
  label: m.label,
  address: m.address,
  enabled: m.enabled === 1,
  ratePerMinute: pagingLimits.perMinute,
  lastTestAt: m.last_test_at,
  createdAt: m.created_at,
});

async function mine(tx: Tx, ctx: Ctx, id: string): Promise<ContactMethodRow> {
  const m = await getContactMethod(tx, id);
  if (!m || m.user_id !== ctx.user.id) throw new NotFoundError(`No contact method ${id}`, 'contact_method_not_found');
  return m;
}

/** Everything a person set up to be paged, and a warning when nothing can reach them. */
export async function myPaging(ctx: Ctx, tx: Tx = reader(ctx)): Promise<MyPagingView> {
  const methods = await contactMethodsOf(tx, [ctx.user.id]);
  const rules = await rulesOf(tx, [ctx.user.id]);
  const reachable = methods.some((m) => m.enabled);
  return {
    contactMethods: methods.map(presentMethod),
    rules: rules.map((r): PagingRuleView => ({ id: r.id, contactMethodId: r.contact_method_id, delayMinutes: r.delay_minutes })),
    warnings: reachable
      ? []
      : [
          {
            code: 'no_contact_method',
            message: 'You have no contact method: pages cannot reach you. Add an e-mail address or a chat webhook.',
            step: null,
            userId: ctx.user.id,
          },
        ],
  };
}

export async function addContactMethod(ctx: Ctx, input: { kind: ContactMethodKind; label?: string; address: string }) {
  return transaction(ctx, async (tx) => {
    const row: ContactMethodRow = {
      id: newId(),
      user_id: ctx.user.id,
      kind: input.kind,
      label: input.label || input.kind,
      address: checkAddress(ctx, input.kind, input.address),
      enabled: 1,
      last_test_at: null,
      created_at: ctx.clock.now().toISOString(),
    };
    await insertContactMethod(tx, row);
    // Never the address: a chat webhook URL is a credential.
    await audit(tx, ctx, {
      action: 'contact_method.created',
      target: { type: 'contact_method', id: row.id, label: row.label },
      details: { kind: row.kind, ownerId: ctx.user.id },
    });
    return presentMethod(row);
  });
}

export async function changeContactMethod(ctx: Ctx, id: string, input: { label?: string; address?: string; enabled?: boolean }) {
  return transaction(ctx, async (tx) => {
    const m = await mine(tx, ctx, id);
    const patch: Partial<ContactMethodRow> = {};
    if (input.label !== undefined) patch.label = input.label || m.kind;
    if (input.address !== undefined) patch.address = checkAddress(ctx, m.kind as ContactMethodKind, input.address);
    if (input.enabled !== undefined) patch.enabled = input.enabled ? 1 : 0;
    if (Object.keys(patch).length) {
      await updateContactMethod(tx, m.id, patch);
      await audit(tx, ctx, {
        action: 'contact_method.updated',
        target: { type: 'contact_method', id: m.id, label: patch.label ?? m.label },
        details: {
          kind: m.kind,
          ownerId: m.user_id,
          ...(patch.label !== undefined && patch.label !== m.label ? { label: { from: m.label, to: patch.label } } : {}),
          ...(patch.address !== undefined && patch.address !== m.address ? { addressChanged: true } : {}),
          ...(patch.enabled !== undefined && patch.enabled !== m.enabled ? { enabled: patch.enabled === 1 } : {}),
        },
      });
    }
    return presentMethod({ ...m, ...patch });
  });
}

export async function removeContactMethod(ctx: Ctx, id: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const m = await mine(tx, ctx, id);
    await deleteContactMethod(tx, m.id);
    await audit(tx, ctx, {
      action: 'contact_method.deleted',
      target: { type: 'contact_method', id: m.id, label: m.label },
      details: { kind: m.kind, ownerId: m.user_id },
    });
  });
}

/** "Send test": one message to the method now (e-mail through the mail job, chat and webhooks through the test job). */
export async function testContactMethod(ctx: Ctx, id: string, message?: string) {
  return transaction(ctx, async (tx) => {
    const m = await mine(tx, ctx, id);
    const now = ctx.clock.now().toISOString();
    if (m.kind === 'email')
      await sendMail(tx, ctx, {
        to: [m.address],
        subject: '[Page] Test from Firebreak',
        text: `Pages will reach you at this address.${message ? `\n\n${message}` : ''}`,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    else await enqueue(tx, ctx, testJob, { methodId: m.id, message });
    await updateContactMethod(tx, m.id, { last_test_at: now });
    return presentMethod({ ...m, last_test_at: now });
  });
}

export async function addRule(ctx: Ctx, input: { contactMethod: string; delayMinutes: number }): Promise<PagingRuleView> {
  return transaction(ctx, async (tx) => {
    const m = await getContactMethod(tx, input.contactMethod);
    if (!m || m.user_id !== ctx.user.id)
      throw new InputError(
        `contactMethod: no contact method ${input.contactMethod} of yours`,
        { field: 'contactMethod' },
        'contact_method_not_found',
      );
    if (await ruleExists(tx, m.id, input.delayMinutes))
      throw new ConflictError(`A rule for ${m.label} after ${input.delayMinutes} minutes exists`, { field: 'delayMinutes' });
    const row = {
      id: newId(),
      user_id: ctx.user.id,
      contact_method_id: m.id,
      delay_minutes: input.delayMinutes,
      created_at: ctx.clock.now().toISOString(),
    };
    await insertRule(tx, row);
    await audit(tx, ctx, {
      action: 'paging_rule.created',
      target: { type: 'paging_rule', id: row.id, label: `${m.label} after ${row.delay_minutes} min` },
      details: { contactMethodId: m.id, delayMinutes: row.delay_minutes, ownerId: ctx.user.id },
    });
    return { id: row.id, contactMethodId: m.id, delayMinutes: row.delay_minutes };
  });
}

export async function removeRule(ctx: Ctx, id: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const r = await getRule(tx, id);
    if (!r || r.user_id !== ctx.user.id) throw new NotFoundError(`No paging rule ${id}`, 'paging_rule_not_found');
    await deleteRule(tx, r.id);
    await audit(tx, ctx, {
      action: 'paging_rule.deleted',
      target: { type: 'paging_rule', id: r.id },
      details: { contactMethodId: r.contact_method_id, delayMinutes: r.delay_minutes, ownerId: r.user_id },
    });
  });
}
