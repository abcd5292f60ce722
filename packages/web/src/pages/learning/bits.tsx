import type { IncidentStatus, SimilarReason } from '@firebreak/shared';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { SimilarIncident } from '../../api/learning.ts';
import { StatePill } from '../../components/StatePill.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Time } from '../../components/Time.tsx';
import { ACTION_STATUS_LABEL, FIX_STATE_LABEL } from '../../lib/labels.ts';

/** Why a past incident matches, in words ("same service: checkout · shared words: pool, timeout"). */
export function reasonText(reasons: SimilarReason[]): string {
  const few = (words: string[]) => words.slice(0, 4).join(', ');
  return reasons
    .map((r) => {
      if (r.kind === 'service') return `same service: ${r.services.join(', ')}`;
      if (r.kind === 'words') return `shared words: ${few(r.words)}`;
      if (r.kind === 'root_cause') return `same root cause: ${few(r.words)}`;
      return 'similar meaning';
    })
    .join(' · ');
}

/** Whether the root cause was fixed for real: a word and an icon, never colour alone. */
export function FixedBadge({ fixed }: { fixed: boolean }) {
  return fixed ? (
    <StatePill icon={IconCircleCheck} color="green">
      Root cause fixed
    </StatePill>
  ) : (
    <StatePill icon={IconAlertTriangle} color="orange">
      Not fixed for real
    </StatePill>
  );
}

function Labelled({ label, text, empty }: { label: string; text: string; empty: string }) {
  return (
    <Text size="sm" lineClamp={3}>
      <Text span size="xs" fw={600} c="dimmed">
        {label}:{' '}
      </Text>
      {text.trim() ? (
        text
      ) : (
        <Text span size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Text>
  );
}

/** One past incident and what was done about it last time. */
export function SimilarItem({ item, onNavigate, brief = false }: { item: SimilarIncident; onNavigate?: () => void; brief?: boolean }) {
  const fix = item.rootCauseFix;
  return (
    <Stack gap={4} className="fb-similar-item" data-testid="similar-item">
      <Group gap={6} wrap="nowrap" align="baseline">
        <Anchor component={Link} to={`/incidents/${item.ref}`} onClick={onNavigate} size="sm" fw={600} className="fb-truncate">
          {item.ref} · {item.title}
        </Anchor>
      </Group>
      <Group gap={8} wrap="wrap">
        <StatusBadge status={item.status as IncidentStatus} />
        <Text size="xs" c="dimmed">
          <Time iso={item.declaredAt} />
          {item.services.length > 0 && ` · ${item.services.join(', ')}`}
        </Text>
        {!brief && <FixedBadge fixed={item.rootCauseFixed} />}
      </Group>
      {item.reasons.length > 0 && (
        <Text size="xs" c="dimmed">
          Why: {reasonText(item.reasons)}
        </Text>
      )}
      {brief && (item.fixesForSymptoms.trim() || item.rootCause.trim()) && (
        <Text size="xs" lineClamp={2}>
          Last time: {item.fixesForSymptoms.trim() || item.rootCause.trim()}
        </Text>
      )}
      {!brief && (
        <>
          <Labelled label="Root cause" text={item.rootCause} empty="not written" />
          <Labelled label="Fix for now" text={item.fixesForSymptoms} empty="not written" />
          <Labelled
            label={`Fix for real (${FIX_STATE_LABEL[fix.state]})`}
            text={fix.description || (fix.reason ?? '')}
            empty="not described"
          />
          {item.rootCauseFollowUps.length > 0 && (
            <ul className="fb-plain-list">
              {item.rootCauseFollowUps.map((f) => (
                <li key={f.id}>
                  <Text size="xs">
                    Follow-up: {f.title} · {ACTION_STATUS_LABEL[f.status]}
                    {f.owner ? ` · ${f.owner.name}` : ''}
                    {f.overdue && (
                      <Text span size="xs" fw={700} c="red.8">
                        {' '}
                        · overdue
                      </Text>
                    )}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Stack>
  );
}
