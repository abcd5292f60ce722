import type { IncidentStatus } from '@firebreak/shared';
import { Alert, Button, Group, Menu, Modal, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, send } from '../../../api/client.ts';
import type { Incident } from '../../../api/types.ts';
import { pageActions } from '../../../app/commands.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { STATUS_LABEL, TRANSITION_LABEL } from '../../../lib/labels.ts';
import { patchIncident, useIncidentChange } from './mutations.ts';

const SIDE_EXITS: IncidentStatus[] = ['declined', 'duplicate', 'triage'];
const ORDER: IncidentStatus[] = ['triage', 'investigating', 'identified', 'monitoring', 'resolved', 'closed'];

const isBack = (from: IncidentStatus, to: IncidentStatus) => ORDER.indexOf(to) < ORDER.indexOf(from) && ORDER.includes(to);
const labelFor = (from: IncidentStatus, to: IncidentStatus) =>
  to === 'investigating' && ['resolved', 'closed', 'declined'].includes(from)
    ? 'Reopen'
    : isBack(from, to)
      ? `Back to ${STATUS_LABEL[to].toLowerCase()}`
      : TRANSITION_LABEL[to];

/** The dialog behind every status button: a note for the timeline, plus what that step needs. */
function TransitionDialog({ incident, to, onClose }: { incident: Incident; to: IncidentStatus; onClose: (changed: boolean) => void }) {
  const [message, setMessage] = useState('');
  const [fixForNow, setFixForNow] = useState(incident.ticket.fixesForSymptoms);
  const [duplicateOf, setDuplicateOf] = useState('');
  // Resolving is when stakeholders most need to hear from us: the dialog offers the last update, ready to send.
  const [final, setFinal] = useState(to === 'resolved' ? `Resolved: ${incident.title}. Everything works normally again.` : '');
  const change = useIncidentChange(incident.ref, async () => {
    if (to === 'monitoring' && fixForNow.trim() !== incident.ticket.fixesForSymptoms.trim()) {
      await patchIncident(incident.ref, { fixesForSymptoms: fixForNow.trim() });
    }
    return send<Incident>('POST', `/incidents/${encodeURIComponent(incident.ref)}/status`, {
      status: to,
      ...(message.trim() ? { message: message.trim() } : {}),
      ...(to === 'duplicate' ? { duplicateOf: duplicateOf.trim() } : {}),
      ...(to === 'resolved' && final.trim() ? { update: final.trim() } : {}),
    });
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(undefined, { onSuccess: () => onClose(true) });
  };
  const field = change.error instanceof ApiError ? change.error.field : undefined;
  // Closing asks about what is still open but does not block it (open whys).
  const warnings = to === 'closed' ? incident.closingChecks.filter((c) => !c.blocks) : [];
  return (
    <Modal opened onClose={() => onClose(false)} title={`${incident.ref}: ${STATUS_LABEL[incident.status]} → ${STATUS_LABEL[to]}`}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {to === 'monitoring' && (
            <Textarea
              label="Fix for now"
              description="What stopped the symptoms (rollback, failover, feature flag…). Saved in the ticket."
              autosize
              minRows={2}
              data-autofocus
              value={fixForNow}
              onChange={(e) => setFixForNow(e.currentTarget.value)}
            />
          )}
          {to === 'duplicate' && (
            <TextInput
              label="Duplicate of"
              placeholder="INC-42"
              required
              data-autofocus
              value={duplicateOf}
              onChange={(e) => setDuplicateOf(e.currentTarget.value)}
              error={field === 'duplicateOf' ? (change.error as Error).message : undefined}
            />
          )}
          {to === 'resolved' && (
            <Textarea
              label="Final update for stakeholders"
              description="Sent with the change; stakeholders read it on the status page. Empty it to send none."
              autosize
              minRows={2}
              data-autofocus
              value={final}
              onChange={(e) => setFinal(e.currentTarget.value)}
              classNames={{ input: 'fb-stakeholder-input' }}
            />
          )}
          <Textarea
            label="Note for the timeline"
            description="Optional: why, or what changed."
            autosize
            minRows={2}
            data-autofocus={to !== 'monitoring' && to !== 'duplicate' && to !== 'resolved' ? true : undefined}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
          />
          {warnings.map((w) => (
            <Alert key={w.code} color="yellow" variant="light" icon={<IconAlertTriangle size={16} />} title={w.message} role="status">
              <Text size="sm">{w.advice}</Text>
            </Alert>
          ))}
          {field !== 'duplicateOf' && <InlineError error={change.error} />}
          <Group justify="flex-end">
            <Button variant="default" size="sm" onClick={() => onClose(false)}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={change.isPending}>
              {warnings.length
                ? 'Close anyway'
                : to === 'resolved' && final.trim()
                  ? 'Resolve and send update'
                  : `Move to ${STATUS_LABEL[to]}`}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

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
      {to && <TransitionDialog incident={incident} to={to} onClose={close} />}
    </>
  );
}
