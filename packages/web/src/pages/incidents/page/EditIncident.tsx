import { Button, Group, Modal, MultiSelect, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useServices, useSeverities } from '../../../api/queries.ts';
import type { Incident } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { SeverityFlag } from '../../../components/SeverityFlag.tsx';
import { patchIncident, useIncidentChange } from './mutations.ts';

export type EditField = 'title' | 'severity' | 'services';

const TITLES: Record<EditField, string> = {
  title: 'Rename incident',
  severity: 'Change severity',
  services: 'Change affected services',
};

/**
 * What was known when declaring changes: escalate SEV3 → SEV1, add the service that turned out to be
 * involved, say in the title what is really broken. One field per dialog, saved with an optional note
 * for the timeline.
 */
export function EditIncident({ incident, field, onClose }: { incident: Incident; field: EditField; onClose: () => void }) {
  const severities = useSeverities();
  const catalog = useServices();
  const [title, setTitle] = useState(incident.title);
  const [severity, setSeverity] = useState(incident.severity?.name ?? '');
  const [services, setServices] = useState(incident.services.map((s) => s.name));
  const [message, setMessage] = useState('');
  const save = useIncidentChange(incident.ref, (body: Record<string, unknown>) => patchIncident(incident.ref, body));
  const error = save.error instanceof ApiError ? save.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const change = field === 'title' ? { title: title.trim() } : field === 'severity' ? { severity } : { services: [...new Set(services)] };
    save.mutate({ ...change, ...(message.trim() ? { message: message.trim() } : {}) }, { onSuccess: onClose });
  };
  const current = incident.severity;
  const chosen = (severities.data ?? []).find((s) => s.name === severity);
  const escalating = !!current && !!chosen && chosen.rank < current.rank;
  return (
    <Modal opened onClose={onClose} title={`${incident.ref}: ${TITLES[field].toLowerCase()}`}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {field === 'title' && (
            <TextInput
              label="Title"
              description="What is broken, in a few words."
              required
              data-autofocus
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={error?.field === 'title' ? error.message : undefined}
            />
          )}
          {field === 'severity' && (
            <Radio.Group
              label="Severity"
              value={severity}
              onChange={setSeverity}
              error={error?.field === 'severity' ? error.message : undefined}
            >
              <Stack gap={6} mt={6}>
                {(severities.data ?? []).map((s) => (
                  <Radio
                    key={s.id}
                    value={s.name}
                    size="xs"
                    aria-label={s.name}
                    data-autofocus={s.name === severity || undefined}
                    label={
                      <Group gap={8} wrap="nowrap" align="flex-start">
                        <SeverityFlag severity={s} />
                        <Text size="sm" c="dimmed">
                          {s.description}
                          {s.name === current?.name ? ' (now)' : ''}
                        </Text>
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {field === 'severity' &&
            chosen &&
            (chosen.retrospectiveRequired || chosen.updateCadenceMinutes) &&
            chosen.name !== current?.name && (
              <Text size="xs" c="dimmed" role="status">
                {chosen.name}
                {chosen.updateCadenceMinutes ? `: stakeholders expect an update every ${chosen.updateCadenceMinutes} min` : ''}
                {chosen.retrospectiveRequired
                  ? `${chosen.updateCadenceMinutes ? ';' : ':'} a retrospective is required before closing`
                  : ''}
                .
              </Text>
            )}
          {field === 'services' && (
            <MultiSelect
              label="Affected services"
              placeholder={services.length ? undefined : 'Search the catalog'}
              searchable
              data-autofocus
              data={(catalog.data ?? []).map((s) => ({ value: s.name, label: s.name }))}
              value={services}
              onChange={setServices}
              nothingFoundMessage="No such service in the catalog"
              hidePickedOptions
              error={error?.field === 'services' ? error.message : undefined}
              description="The owning teams of added services are added as watchers."
            />
          )}
          <Textarea
            label="Note for the timeline"
            description={escalating ? 'Optional: why it is more severe than we thought.' : 'Optional: why it changed.'}
            autosize
            minRows={2}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
          />
          {!error?.field && <InlineError error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" size="sm" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={save.isPending} color={escalating ? 'red.9' : undefined}>
              {field === 'severity' ? (chosen && chosen.name !== current?.name ? `Change to ${chosen.name}` : 'Save') : 'Save'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
