import type { IncidentStatus } from '@firebreak/shared';
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { ApiError, send } from '../../../api/client.ts';
import type { Incident } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { STATUS_LABEL } from '../../../lib/labels.ts';
import { patchIncident, useIncidentChange } from './mutations.ts';

/** The dialog behind every status button: a note for the timeline, plus what that step needs. */
export function TransitionDialog({
  incident,
  to,
  onClose,
}: {
  incident: Incident;
  to: IncidentStatus;
  onClose: (changed: boolean) => void;
}) {
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
