import type { PageView } from '@firebreak/shared';
import { canWork } from '../incidents/index.ts';
import type { Actor, Tx } from '../platform/context.ts';
import { escalationPoliciesOfServices } from '../services/index.ts';
import { getUsersByIds } from '../users/index.ts';
import { incidentRefOf } from './engine.ts';
import { planOf } from './plan.ts';
import { getPolicy, notificationsOf, type PageRow } from './store.ts';
import { targetNames, warningsFor } from './targets.ts';

/** Pages as the API shows them: who was notified how and when, who acknowledged, what the caller may do. */
export async function presentPages(tx: Tx, user: Actor, pages: PageRow[], now: Date): Promise<PageView[]> {
  const notes = await notificationsOf(
    tx,
    pages.map((p) => p.id),
  );
  const people = await getUsersByIds(tx, [...new Set(pages.flatMap((p) => [p.acked_by, p.created_by]).filter((x): x is string => !!x))]);
  const nameOf = (id: string | null) => {
    const u = id ? people.find((x) => x.id === id) : undefined;
    return u ? { id: u.id, name: u.name } : null;
  };
  const out: PageView[] = [];
  for (const p of pages) {
    const plan = planOf(p);
    const target = p.target ? (JSON.parse(p.target) as { kind: 'user' | 'team' | 'schedule' | 'policy'; id: string }) : null;
    const targetName = target ? ((await targetNames(tx, [target])).get(`${target.kind}:${target.id}`) ?? null) : null;
    const policy = p.policy_id ? await getPolicy(tx, p.policy_id) : undefined;
    const [service] = p.service_id ? await escalationPoliciesOfServices(tx, [p.service_id]) : [];
    const incident = await incidentRefOf(tx, p.incident_id);
    const mine = notes.filter((n) => n.page_id === p.id);
    const reached = mine.some((n) => n.user_id === user.id);
    const open = p.status === 'open';
    const warnings = open ? await warningsFor(tx, plan.steps, now) : [];
    for (const n of mine.filter((x) => x.status === 'no_contact'))
      if (!warnings.some((w) => w.code === 'no_contact_method' && w.userId === n.user_id))
        warnings.push({
          code: 'no_contact_method',
          message: `${n.user_name} has no contact method: this page could not reach them`,
          step: n.step,
          userId: n.user_id,
        });
    out.push({
      id: p.id,
      status: p.status as PageView['status'],
      title: p.title,
      message: p.message,
      source: p.source as PageView['source'],
      incident: incident ? { id: incident.id, ref: incident.ref } : null,
      alertId: p.alert_id,
      service: service ? { id: service.id, name: service.name } : null,
      policy: policy ? { id: policy.id, name: policy.name } : null,
      target: target ? { kind: target.kind, id: target.id, name: target.kind === 'policy' ? (policy?.name ?? null) : targetName } : null,
      createdBy: nameOf(p.created_by),
      step: p.step,
      round: p.round,
      stepCount: plan.steps.length,
      nextStepAt: p.next_step_at,
      acknowledgedBy: nameOf(p.acked_by),
      acknowledgedAt: p.acked_at,
      acknowledgedVia: p.acked_via,
      endedAt: p.ended_at,
      endReason: p.end_reason,
      createdAt: p.created_at,
      notifications: mine.map((n) => ({
        id: n.id,
        user: { id: n.user_id, name: n.user_name },
        contactMethod: n.contact_method_id
          ? { id: n.contact_method_id, kind: (n.method_kind ?? 'email') as 'email', label: n.method_label ?? '' }
          : null,
        step: n.step,
        round: n.round,
        status: n.status as PageView['notifications'][number]['status'],
        dueAt: n.due_at,
        sentAt: n.sent_at,
        error: n.error,
      })),
      warnings,
      abilities: { acknowledge: open && (reached || canWork(user)), escalate: open && canWork(user), reassign: open && canWork(user) },
    });
  }
  return out;
}
