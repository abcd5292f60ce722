import { Button, Checkbox, Group, MultiSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { send, statusKeys, useStatusComponents, useStatusWrite } from '../../api/statusPage.ts';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { InlineError } from '../../components/ErrorNote.tsx';
import { PlainWarnings } from '../incidents/statuspage/PublicText.tsx';

const at = (hours: number) => {
  const d = new Date(Date.now() + hours * 3_600_000);
  d.setMinutes(0, 0, 0);
  return d.toISOString();
};

/** Announce planned work: what, which components, when (in the viewer's time zone), and whether it starts and ends by itself. */
export function ScheduleMaintenance({ onDone }: { onDone: () => void }) {
  const components = useStatusComponents();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [componentIds, setComponentIds] = useState<string[]>([]);
  const [startsAt, setStartsAt] = useState<string | null>(() => at(24));
  const [endsAt, setEndsAt] = useState<string | null>(() => at(26));
  const [autoStart, setAutoStart] = useState(true);
  const [autoComplete, setAutoComplete] = useState(true);
  const create = useStatusWrite(
    () =>
      send('POST', '/status-page/maintenances', {
        title: title.trim(),
        body: description.trim(),
        componentIds,
        scheduledFor: startsAt,
        scheduledUntil: endsAt,
        autoStart,
        autoComplete,
      }),
    statusKeys.maintenances,
  );
  const field = create.error instanceof ApiError ? create.error.field : undefined;
  const err = (f: string) => (field === f && create.error instanceof Error ? create.error.message : undefined);
  return (
    <form
      aria-label="Schedule maintenance"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(undefined, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          Schedule maintenance
        </Title>
        <TextInput
          label="Title"
          description="What customers read first"
          placeholder="Payment provider upgrade"
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={err('title')}
          data-autofocus
          autoFocus
        />
        <Textarea
          label="What customers should expect"
          placeholder="Card payments may take up to a minute to confirm during the work. Nothing is lost."
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={err('body')}
          required
        />
        <PlainWarnings text={description} testId="maintenance-plain-warnings" />
        <MultiSelect
          label="Components"
          description="Shown as under maintenance while the work is in progress"
          placeholder={componentIds.length ? undefined : 'Pick components'}
          data={(components.data ?? []).map((c) => ({ value: c.id, label: c.groupName ? `${c.groupName} · ${c.name}` : c.name }))}
          value={componentIds}
          onChange={setComponentIds}
          searchable
          error={err('componentIds')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateTimeField label="Starts" value={startsAt} onChange={setStartsAt} error={err('scheduledFor')} />
          <DateTimeField label="Ends" value={endsAt} onChange={setEndsAt} error={err('scheduledUntil')} />
          <Checkbox
            label="Start on time by itself"
            description="Marks it in progress at the start, and tells subscribers"
            checked={autoStart}
            onChange={(e) => setAutoStart(e.currentTarget.checked)}
          />
          <Checkbox
            label="Complete on time by itself"
            description="Marks it completed at the end, and tells subscribers"
            checked={autoComplete}
            onChange={(e) => setAutoComplete(e.currentTarget.checked)}
          />
        </SimpleGrid>
        {!field && <InlineError error={create.error} />}
        <Group gap="xs">
          <Button type="submit" loading={create.isPending} disabled={!title.trim()}>
            Schedule
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
