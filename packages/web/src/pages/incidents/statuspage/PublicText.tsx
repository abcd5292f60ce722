import { Alert, Group, List, Select, Stack, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useCommsSettings } from '../../../api/comms.ts';
import { DEFAULT_JARGON, PLAIN_LANGUAGE_LABELS, plainLanguageWarnings } from '../../../lib/plainLanguage.ts';
import { PUBLIC_STATUS, PUBLIC_STATUSES } from '../../../lib/statusLabels.ts';

export const PUBLIC_STATUS_OPTIONS = PUBLIC_STATUSES.map((s) => ({
  value: s,
  label: `${PUBLIC_STATUS[s].label} — ${PUBLIC_STATUS[s].hint}`,
}));

/** The shared plain-language check (the stakeholder composer's), with this installation's word list. */
export function PlainWarnings({ text, testId = 'public-plain-warnings' }: { text: string; testId?: string }) {
  const comms = useCommsSettings();
  const [checked] = useDebouncedValue(text, 300);
  const warnings = useMemo(() => plainLanguageWarnings(checked, comms.data?.jargon ?? DEFAULT_JARGON), [checked, comms.data?.jargon]);
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconInfoCircle size={16} />}
      py={6}
      aria-live="polite"
      title="Customers read this: keep it plain"
      data-testid={testId}
    >
      <List size="xs" spacing={2}>
        {warnings.map((w) => (
          <List.Item key={`${w.kind}-${w.index}`}>
            <b>{PLAIN_LANGUAGE_LABELS[w.kind]}</b> “{w.match}”: {w.suggestion}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** A public update: its status and its text, checked for plain language as it is typed. */
export function PublicUpdateFields({
  status,
  onStatus,
  text,
  onText,
  textLabel = 'Public update',
  statusError,
  textError,
}: {
  status: string;
  onStatus: (s: string) => void;
  text: string;
  onText: (t: string) => void;
  textLabel?: string;
  statusError?: string;
  textError?: string;
}) {
  return (
    <Stack gap="xs">
      <Group grow wrap="wrap" align="flex-start">
        <Select
          label="Public status"
          data={PUBLIC_STATUS_OPTIONS}
          value={status}
          onChange={(v) => v && onStatus(v)}
          allowDeselect={false}
          error={statusError}
          comboboxProps={{ withinPortal: true }}
          style={{ minWidth: 220 }}
        />
      </Group>
      <Textarea
        label={textLabel}
        description="Customers read this on the status page and in their e-mail. Plain words: what they notice, what we do, when we say more."
        autosize
        minRows={3}
        maxRows={10}
        value={text}
        onChange={(e) => onText(e.currentTarget.value)}
        error={textError}
        required
      />
      <PlainWarnings text={text} />
    </Stack>
  );
}
