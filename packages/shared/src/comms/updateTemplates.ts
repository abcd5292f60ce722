/**
 * Stakeholder-update templates, one per status a stakeholder hears about. Defaults live here; an
 * admin may change them (Settings → Communication). The composer offers "Start from template" and
 * fills the placeholders with the incident's facts.
 */

export const UPDATE_TEMPLATE_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type UpdateTemplateStatus = (typeof UPDATE_TEMPLATE_STATUSES)[number];

/** The placeholders a template may use, with what each becomes. */
export const UPDATE_TEMPLATE_PLACEHOLDERS = {
  '{{title}}': 'the incident title',
  '{{ref}}': 'the reference, e.g. INC-42',
  '{{services}}': 'the affected services ("our service" when none)',
  '{{nextUpdate}}': 'when the next update is due, e.g. 14:30 UTC ("soon" without a cadence)',
} as const;

export const DEFAULT_UPDATE_TEMPLATES: Record<UpdateTemplateStatus, string> = {
  investigating:
    'We are looking into a problem affecting {{services}}: {{title}}. Some people may not be able to use it as usual. We will share more by {{nextUpdate}}.',
  identified:
    'We know what is causing the problem with {{services}} and are working on a fix. Until then, some people may still be affected. Next update by {{nextUpdate}}.',
  monitoring:
    'A fix is in place and {{services}} is working normally again. We are keeping a close eye on it to make sure it stays that way. Next update by {{nextUpdate}}.',
  resolved:
    'The problem with {{services}} is resolved and everything works normally again. Thank you for your patience. We will share what we learned once we have reviewed it.',
};

/** The template for a status: statuses before "investigating" use its template, later ones "resolved". */
export function templateStatusFor(status: string): UpdateTemplateStatus {
  if ((UPDATE_TEMPLATE_STATUSES as readonly string[]).includes(status)) return status as UpdateTemplateStatus;
  return status === 'triage' ? 'investigating' : 'resolved';
}

/** Fills a template's placeholders (unknown ones stay as written, so a typo is visible). */
export function fillTemplate(
  template: string,
  facts: { title: string; ref: string; services: string[]; nextUpdate: string | null },
): string {
  const services =
    facts.services.length === 0
      ? 'our service'
      : facts.services.length === 1
        ? facts.services[0]
        : `${facts.services.slice(0, -1).join(', ')} and ${facts.services[facts.services.length - 1]}`;
  const values: Record<string, string> = {
    title: facts.title,
    ref: facts.ref,
    services,
    nextUpdate: facts.nextUpdate ?? 'soon',
  };
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) => values[name] ?? all);
}
