import type { IncidentSource } from '@firebreak/shared';
import { Alert, Anchor, Group, List, Text, TextInput } from '@mantine/core';
import { useInViewport } from '@mantine/hooks';
import { IconLockOpen } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Incident } from '../../../api/types.ts';
import { Time } from '../../../components/Time.tsx';
import { FIX_STATE_LABEL, SOURCE_LABEL } from '../../../lib/labels.ts';
import { Actions } from './Actions.tsx';
import { ChatSection } from './ChatSection.tsx';
import { MailFiles } from './MailFiles.tsx';
import { Milestones } from './Milestones.tsx';
import { patchIncident, useIncidentChange } from './mutations.ts';
import { Paging } from './Paging.tsx';
import { RecentChanges } from './RecentChanges.tsx';
import { RootCauseFix } from './RootCauseFix.tsx';
import { EditableText, Section } from './TicketSection.tsx';
import { Whys } from './Whys.tsx';

// Its own chunk, fetched when the section scrolls into view: the page's first load stays small (its JS
// budget). Most incidents are never published, so the published view and the publish dialog are chunks of
// their own again (see StatusPagePanel.tsx).
const StatusPagePanel = lazy(() => import('../statuspage/StatusPagePanel.tsx').then((m) => ({ default: m.StatusPagePanel })));

/** The incident's face on the public status page; private incidents never have one. */
function StatusPageSection({ incident }: { incident: Incident }) {
  const { ref, inViewport } = useInViewport<HTMLDivElement>();
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (inViewport) setSeen(true);
  }, [inViewport]);
  const loading = (
    <Text size="sm" c="dimmed">
      Loading…
    </Text>
  );
  return (
    <Section title="Status page" id="status-page">
      <div ref={ref}>
        {incident.private && (
          <Text size="sm" c="dimmed">
            Private incidents never appear on the public status page, in its feeds or in subscriber e-mails.
          </Text>
        )}
        {seen ? (
          <Suspense fallback={loading}>
            <StatusPagePanel incident={incident} />
          </Suspense>
        ) : (
          loading
        )}
      </div>
    </Section>
  );
}
// Its own chunk: the incident page's first paint does not wait for similar incidents.
const SimilarIncidents = lazy(() => import('./SimilarIncidents.tsx').then((m) => ({ default: m.SimilarIncidents })));

/**
 * Why Close is not allowed yet, each blocker with what would lift it: both come from the server's
 * closing gate (packages/shared lifecycle `closingChecks`), so the advice always matches the blocker.
 */
export function ClosingGate({ incident }: { incident: Incident }) {
  const blockers = incident.closingChecks.filter((c) => c.blocks);
  if (!['resolved', 'monitoring'].includes(incident.status) || blockers.length === 0) return null;
  return (
    <Alert
      id="closing-gate"
      color="yellow"
      variant="light"
      icon={<IconLockOpen size={16} />}
      title="Before this incident can close"
      mx="md"
      my="sm"
    >
      <List size="sm" spacing={6}>
        {blockers.map((c) => (
          <List.Item key={c.code}>
            {c.message}{' '}
            <Text span size="sm" fw={600}>
              {c.advice}
            </Text>
            {c.code === 'retrospective' && (
              <>
                {' '}
                <Anchor component={Link} to={`/retros/${incident.ref}`} size="sm" underline="always">
                  {incident.retrospective ? 'Open the retrospective' : 'Draft the retrospective'}
                </Anchor>
              </>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function ScopeShare({ incident }: { incident: Incident }) {
  const save = useIncidentChange(incident.ref, (v: number | null) => patchIncident(incident.ref, { scopeUserShare: v }));
  const [value, setValue] = useState<string>(String(incident.ticket.scope.userShare ?? ''));
  return (
    <TextInput
      type="number"
      inputMode="decimal"
      label="Share of users affected (%)"
      size="xs"
      w={200}
      min={0}
      max={100}
      mt="xs"
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => {
        const v = value.trim() === '' ? null : Number(value);
        if (v !== incident.ticket.scope.userShare) save.mutate(v);
      }}
      disabled={!incident.abilities.update}
      error={save.error ? (save.error as Error).message : undefined}
    />
  );
}

/** The ticket: what we know, sections edited in place; rendered markdown is always safe. */
export function Ticket({ incident, withMilestones }: { incident: Incident; withMilestones: boolean }) {
  const t = incident.ticket;
  const save = useIncidentChange(incident.ref, (body: Record<string, unknown>) => patchIncident(incident.ref, body));
  const edit = (field: string) => (value: string) => save.mutateAsync({ [field]: value });
  const can = incident.abilities.update;
  return (
    <div>
      <ClosingGate incident={incident} />
      {withMilestones && (
        <Section title="Milestones">
          <Milestones incident={incident} />
        </Section>
      )}
      <Section title="Original report" id="original">
        <Text size="xs" c="dimmed" mb={4}>
          {SOURCE_LABEL[incident.source as IncidentSource] ?? incident.source} · reported by {incident.reporter ?? 'unknown'} ·{' '}
          <Time iso={incident.milestones.declared ?? incident.createdAt} />
        </Text>
        {incident.originalRequest ? (
          <section
            className="fb-verbatim-box"
            aria-label="Original report text"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a long report (a whole e-mail) scrolls in its box; the keyboard must reach it
            tabIndex={0}
          >
            <pre className="fb-verbatim">{incident.originalRequest}</pre>
          </section>
        ) : (
          <Text size="sm" c="dimmed">
            No report was pasted when this was declared.
          </Text>
        )}
        <MailFiles incidentRef={incident.ref} />
      </Section>
      {incident.services.length > 0 && <RecentChanges incidentRef={incident.ref} />}
      <Suspense fallback={null}>
        <SimilarIncidents incidentRef={incident.ref} />
      </Suspense>
      <Paging incident={incident} />
      <ChatSection incident={incident} />
      <Section title="Symptoms" id="symptoms">
        <EditableText
          label="Symptoms"
          value={t.symptoms}
          placeholder="What people see: errors, slowness, missing data."
          canEdit={can}
          onSave={edit('symptoms')}
        />
      </Section>
      <Section title="Scope" id="scope">
        <Group align="flex-start" grow gap="md" wrap="wrap">
          <div>
            <Text size="xs" fw={600} mb={2}>
              Customers
            </Text>
            <EditableText
              label="Affected customers"
              value={t.scope.customers}
              placeholder="Which customers, plans or accounts."
              canEdit={can}
              onSave={edit('scopeCustomers')}
              rows={2}
            />
          </div>
          <div>
            <Text size="xs" fw={600} mb={2}>
              Regions
            </Text>
            <EditableText
              label="Affected regions"
              value={t.scope.regions}
              placeholder="Which regions or markets."
              canEdit={can}
              onSave={edit('scopeRegions')}
              rows={2}
            />
          </div>
        </Group>
        <ScopeShare key={String(t.scope.userShare)} incident={incident} />
      </Section>
      <Section title="Customer impact" id="impact">
        <EditableText
          label="Customer impact"
          value={t.customerImpact}
          placeholder="What customers cannot do, in their words."
          canEdit={can}
          onSave={edit('customerImpact')}
        />
      </Section>
      <StatusPageSection incident={incident} />
      <Section title="Root causes" id="causes">
        <EditableText
          label="Root causes"
          value={t.rootCauses}
          placeholder="Why it happened, as far as we know. Stay blame-free: systems, not people."
          canEdit={can}
          onSave={edit('rootCauses')}
        />
      </Section>
      <Section title={`Whys${t.openWhys ? ` (${t.openWhys} open)` : ''}`} id="whys">
        <Whys incident={incident} />
      </Section>
      <Section title="Fix for now" id="fix-now">
        <EditableText
          label="Fixes for symptoms"
          value={t.fixesForSymptoms}
          placeholder="What stopped or eased the symptoms (rollback, failover…)."
          canEdit={can}
          onSave={edit('fixesForSymptoms')}
        />
      </Section>
      <Section title={`Fix for real · ${FIX_STATE_LABEL[t.rootCauseFix.state]}`} id="fix-real">
        <RootCauseFix incident={incident} />
      </Section>
      <Section title="Prevention" id="prevention">
        <EditableText
          label="Prevention"
          value={t.prevention}
          placeholder="How we will notice sooner or stop it happening again."
          canEdit={can}
          onSave={edit('prevention')}
        />
      </Section>
      <Section title="Actions and follow-ups" id="actions">
        <Actions incident={incident} />
      </Section>
    </div>
  );
}
