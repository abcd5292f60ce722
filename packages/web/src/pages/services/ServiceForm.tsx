import { SERVICE_CRITICALITIES, type ServiceCriticality } from '@firebreak/shared';
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, send } from '../../api/client.ts';
import { keys, useTeams } from '../../api/queries.ts';
import type { Service } from '../../api/types.ts';
import { InlineError } from '../../components/ErrorNote.tsx';

/** Add or edit a service: name, owner team, criticality, runbook. */
export function ServiceForm({ service, onClose }: { service?: Service; onClose: (saved?: Service) => void }) {
  const teams = useTeams();
  const qc = useQueryClient();
  const [name, setName] = useState(service?.name ?? '');
  const [description, setDescription] = useState(service?.description ?? '');
  const [ownerTeam, setOwnerTeam] = useState<string | null>(service?.ownerTeam?.id ?? null);
  const [criticality, setCriticality] = useState<ServiceCriticality>(service?.criticality ?? 'medium');
  const [runbookUrl, setRunbook] = useState(service?.runbookUrl ?? '');
  const save = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), description, ownerTeam, criticality, runbookUrl: runbookUrl.trim() || null };
      return service
        ? send<Service>('PATCH', `/services/${encodeURIComponent(service.id)}`, body)
        : send<Service>('POST', '/services', body);
    },
    onSuccess: (s) => {
      void qc.invalidateQueries({ queryKey: keys.services });
      void qc.invalidateQueries({ queryKey: ['service'] });
      onClose(s);
    },
  });
  const field = save.error instanceof ApiError ? save.error.field : undefined;
  const err = (f: string) => (field === f ? (save.error as Error).message : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened onClose={() => onClose()} title={service ? `Edit ${service.name}` : 'Add a service'}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
          />
          <Textarea label="Description" autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <Select
            label="Owner team"
            placeholder="No owner"
            clearable
            allowDeselect
            data={(teams.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={ownerTeam}
            onChange={setOwnerTeam}
            error={err('ownerTeam')}
          />
          <Select
            label="Criticality"
            data={SERVICE_CRITICALITIES.map((c) => ({ value: c, label: c[0].toUpperCase() + c.slice(1) }))}
            value={criticality}
            onChange={(v) => v && setCriticality(v as ServiceCriticality)}
          />
          <TextInput
            label="Runbook URL"
            placeholder="https://…"
            value={runbookUrl}
            onChange={(e) => setRunbook(e.currentTarget.value)}
            error={err('runbookUrl')}
          />
          {!['name', 'ownerTeam', 'runbookUrl'].includes(field ?? '') && <InlineError error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" size="sm" onClick={() => onClose()}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={save.isPending}>
              {service ? 'Save service' : 'Add service'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
