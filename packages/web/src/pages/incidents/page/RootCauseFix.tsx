import { ROOT_CAUSE_FIX_STATES, type RootCauseFixState } from '@firebreak/shared';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Incident } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { Select } from '../../../components/Select.tsx';
import { FIX_STATE_LABEL } from '../../../lib/labels.ts';
import { patchIncident, useIncidentChange } from './mutations.ts';
import { EditableText } from './TicketSection.tsx';

/** "Fix for real": the state of the root-cause fix, what it is, and why when it is waived. */
export function RootCauseFix({ incident }: { incident: Incident }) {
  const fix = incident.ticket.rootCauseFix;
  const [waiving, setWaiving] = useState(false);
  const [reason, setReason] = useState(fix.reason ?? '');
  const change = useIncidentChange(incident.ref, (body: { state: RootCauseFixState; description?: string; reason?: string }) =>
    patchIncident(incident.ref, { rootCauseFix: body }),
  );
  const setState = (state: RootCauseFixState) => {
    if (state === 'waived' && !fix.reason) {
      setWaiving(true);
      return;
    }
    setWaiving(false);
    change.mutate({ state });
  };
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Select
          aria-label="State of the fix for the root cause"
          size="xs"
          w={160}
          data={ROOT_CAUSE_FIX_STATES.map((s) => ({ value: s, label: FIX_STATE_LABEL[s] }))}
          value={waiving ? 'waived' : fix.state}
          onChange={(v) => v && setState(v as RootCauseFixState)}
          disabled={!incident.abilities.update || change.isPending}
        />
      </Group>
      {waiving && (
        <Stack gap={6}>
          <Textarea
            label="Why is the fix for the root cause waived?"
            autosize
            minRows={2}
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group gap="xs">
            <Button
              size="xs"
              disabled={!reason.trim()}
              loading={change.isPending}
              onClick={() => change.mutate({ state: 'waived', reason: reason.trim() }, { onSuccess: () => setWaiving(false) })}
            >
              Waive with this reason
            </Button>
            <Button size="xs" variant="default" onClick={() => setWaiving(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
      {fix.state === 'waived' && fix.reason && !waiving && <div className="fb-md">Waived: {fix.reason}</div>}
      <InlineError error={change.error} />
      <EditableText
        label="Fix for the root cause"
        value={fix.description}
        placeholder="What will make sure this cannot happen again."
        canEdit={incident.abilities.update}
        onSave={(description) => change.mutateAsync({ state: fix.state, description })}
      />
    </Stack>
  );
}
