import type { IncidentStatus } from '@firebreak/shared';
import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Incident } from '../../../api/types.ts';
import { pageActions } from '../../../app/commands.ts';
import { Menu } from '../../../components/Menu.tsx';
import { STATUS_LABEL, TRANSITION_LABEL } from '../../../lib/labels.ts';

// The dialog loads when someone changes the status, not with every incident page.
const TransitionDialog = lazy(() => import('./TransitionDialog.tsx').then((m) => ({ default: m.TransitionDialog })));

const SIDE_EXITS: IncidentStatus[] = ['declined', 'duplicate', 'triage'];
const ORDER: IncidentStatus[] = ['triage', 'investigating', 'identified', 'monitoring', 'resolved', 'closed'];

const isBack = (from: IncidentStatus, to: IncidentStatus) => ORDER.indexOf(to) < ORDER.indexOf(from) && ORDER.includes(to);
const labelFor = (from: IncidentStatus, to: IncidentStatus) =>
  to === 'investigating' && ['resolved', 'closed', 'declined'].includes(from)
    ? 'Reopen'
    : isBack(from, to)
      ? `Back to ${STATUS_LABEL[to].toLowerCase()}`
      : TRANSITION_LABEL[to];

/** The allowed next steps as buttons; Close explains itself when the closing gate holds it back. */
export function StatusControls({ incident, compact = false }: { incident: Incident; compact?: boolean }) {
  const [to, setTo] = useState<IncidentStatus | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const from = incident.status;
  const allowed = incident.allowedTransitions;
  // Next steps first, in lifecycle order; steps back (and reopening) after them, quieter.
  const forward = allowed
    .filter((s) => !SIDE_EXITS.includes(s) || from === 'declined')
    .sort((a, b) => Number(isBack(from, a)) - Number(isBack(from, b)) || ORDER.indexOf(a) - ORDER.indexOf(b));
  const side = allowed.filter((s) => !forward.includes(s));
  const nextIndex = ORDER.indexOf(from) + 1;
  const start = (s: IncidentStatus, el: HTMLElement | null) => {
    opener.current = el;
    setTo(s);
  };
  const close = () => {
    setTo(null);
    requestAnimationFrame(() => (opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>('main h1'))?.focus());
  };

  // Offer the same steps in the command palette while this incident is open.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `start` only sets state; re-registering on each render is not needed
  useEffect(() => {
    pageActions.set(
      'status',
      allowed
        .filter((s) => s !== 'closed' || incident.abilities.close)
        .map((s) => ({
          id: `status-${s}`,
          group: incident.ref,
          label: `Change status: ${labelFor(from, s)}`,
          description: `${STATUS_LABEL[from]} → ${STATUS_LABEL[s]}`,
          run: () => start(s, null),
          keywords: ['status', s],
        })),
    );
    return () => pageActions.clear('status');
  }, [allowed, from, incident.ref, incident.abilities.close]);

  if (!incident.abilities.changeStatus || allowed.length === 0) return null;
  const blocked = incident.closingBlockers.join(' ');
  const buttons = forward.map((s) => {
    const isClose = s === 'closed';
    const disabled = isClose && !incident.abilities.close;
    const primary =
      ORDER.indexOf(s) === nextIndex || (from === 'monitoring' && s === 'resolved') || (from === 'identified' && s === 'monitoring');
    const b = (
      <Button
        key={s}
        size="xs"
        variant={primary ? 'filled' : isBack(from, s) ? 'subtle' : 'default'}
        color={isBack(from, s) ? 'gray' : undefined}
        c={isBack(from, s) ? 'var(--mantine-color-text)' : undefined}
        disabled={disabled}
        aria-describedby={disabled ? 'closing-gate' : undefined}
        onClick={(e) => start(s, e.currentTarget)}
      >
        {labelFor(from, s)}
      </Button>
    );
    return disabled ? (
      // Below the button: above it, the tooltip would cover the incident's title.
      <Tooltip key={s} label={`Cannot close yet: ${blocked}`} multiline w={300} position="bottom-start">
        <span>{b}</span>
      </Tooltip>
    ) : (
      b
    );
  });
  return (
    <>
      {compact ? (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} />}>
              Change status
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {allowed.map((s) => (
              <Menu.Item key={s} disabled={s === 'closed' && !incident.abilities.close} onClick={() => start(s, null)}>
                {labelFor(from, s)}
              </Menu.Item>
            ))}
            {!incident.abilities.close && allowed.includes('closed') && (
              <Text size="xs" c="dimmed" px="sm" py={4} maw={260}>
                Cannot close yet: {blocked}
              </Text>
            )}
          </Menu.Dropdown>
        </Menu>
      ) : (
        <Group gap={6} wrap="wrap" role="group" aria-label="Change status">
          {buttons}
          {side.length > 0 && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button
                  size="xs"
                  variant="subtle"
                  color="gray"
                  rightSection={<IconChevronDown size={14} />}
                  aria-label="More status changes"
                >
                  More
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {side.map((s) => (
                  <Menu.Item key={s} onClick={() => start(s, null)}>
                    {labelFor(from, s)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      )}
      {to && (
        <Suspense fallback={null}>
          <TransitionDialog incident={incident} to={to} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
