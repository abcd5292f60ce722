import {
  DEFAULT_JARGON,
  DEFAULT_UPDATE_TEMPLATES,
  type JargonTerm,
  UPDATE_TEMPLATE_PLACEHOLDERS,
  UPDATE_TEMPLATE_STATUSES,
  type UpdateTemplateStatus,
} from '@firebreak/shared';
import { Button, Code, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type CommsSettingsChange, useCommsSettings, useSaveCommsSettings } from '../../api/comms.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { STATUS_LABEL } from '../../lib/labels.ts';

/** "term = what to say instead", one a line. */
const listText = (terms: JargonTerm[]) => terms.map((t) => (t.instead ? `${t.term} = ${t.instead}` : t.term)).join('\n');
const parseList = (text: string): JargonTerm[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [term, ...rest] = l.split('=');
      const instead = rest.join('=').trim();
      return { term: term.trim(), instead: instead || null };
    });

/** Communication: reminder grace period, the plain-language check's jargon list, stakeholder-update templates. */
export function CommsSettings() {
  const settings = useCommsSettings();
  const save = useSaveCommsSettings();
  const [grace, setGrace] = useState<number | string>('');
  const [jargon, setJargon] = useState('');
  const [templates, setTemplates] = useState<Record<UpdateTemplateStatus, string> | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (settings.data && templates === null) {
      setGrace(settings.data.graceMinutes);
      setJargon(listText(settings.data.jargon));
      setTemplates(settings.data.templates);
    }
  }, [settings.data, templates]);
  if (settings.isPending || !templates) return <PageSkeleton rows={4} />;
  if (settings.error) return <ErrorNote error={settings.error} onRetry={() => settings.refetch()} />;
  const apply = (change: CommsSettingsChange, what: string) =>
    save.mutate(change, {
      onSuccess: (data) => {
        setGrace(data.graceMinutes);
        setJargon(listText(data.jargon));
        setTemplates(data.templates);
        setSaved(what);
      },
    });
  return (
    <Stack gap="md">
      <Paper p="md" withBorder component="section" aria-labelledby="comms-reminders">
        <Title order={2} size="h4" id="comms-reminders" mb={4}>
          Stakeholder-update reminders
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          When an update is due (the severity's cadence), the communications lead is reminded. If it is still overdue after the grace
          period, the incident commander is told too; without a lead, the commander is told at once.
        </Text>
        <Group align="flex-end" gap="sm">
          <NumberInput label="Grace period (minutes)" min={0} max={1440} value={grace} onChange={setGrace} w={200} />
          <Button onClick={() => apply({ graceMinutes: Number(grace) }, 'Grace period saved')} loading={save.isPending}>
            Save grace period
          </Button>
        </Group>
      </Paper>

      <Paper p="md" withBorder component="section" aria-labelledby="comms-jargon">
        <Title order={2} size="h4" id="comms-jargon" mb={4}>
          Internal jargon
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          The stakeholder composer warns about these words (besides stack traces, hostnames, IP addresses and error codes, which it always
          looks for). One a line; add <Code>= plain words</Code> to suggest what to say instead.
        </Text>
        <Textarea
          label="Words and phrases"
          autosize
          minRows={6}
          maxRows={16}
          value={jargon}
          onChange={(e) => setJargon(e.currentTarget.value)}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <Group gap="sm" mt="sm">
          <Button onClick={() => apply({ jargon: parseList(jargon) }, 'Jargon list saved')} loading={save.isPending}>
            Save word list
          </Button>
          <Button variant="default" onClick={() => apply({ jargon: null }, 'Jargon list reset')} disabled={settings.data.defaults.jargon}>
            Reset to the {DEFAULT_JARGON.length} default words
          </Button>
        </Group>
      </Paper>

      <Paper p="md" withBorder component="section" aria-labelledby="comms-templates">
        <Title order={2} size="h4" id="comms-templates" mb={4}>
          Update templates
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Offered as "Start from template" in the stakeholder composer.{' '}
          {Object.entries(UPDATE_TEMPLATE_PLACEHOLDERS).map(([p, what], i) => (
            <span key={p}>
              {i ? ', ' : 'Placeholders: '}
              <Code>{p}</Code> {what}
            </span>
          ))}
          .
        </Text>
        <Stack gap="sm">
          {UPDATE_TEMPLATE_STATUSES.map((s) => (
            <div key={s}>
              <Textarea
                label={`${STATUS_LABEL[s]}${settings.data.defaults.templates.includes(s) ? ' (default)' : ''}`}
                autosize
                minRows={2}
                value={templates[s]}
                onChange={(e) => setTemplates({ ...templates, [s]: e.currentTarget.value })}
              />
              <Group gap="xs" mt={6}>
                <Button size="xs" onClick={() => apply({ templates: { [s]: templates[s] } }, `${STATUS_LABEL[s]} template saved`)}>
                  Save {STATUS_LABEL[s].toLowerCase()} template
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  disabled={settings.data.defaults.templates.includes(s) && templates[s] === DEFAULT_UPDATE_TEMPLATES[s]}
                  onClick={() => apply({ templates: { [s]: null } }, `${STATUS_LABEL[s]} template reset`)}
                >
                  Reset to default
                </Button>
              </Group>
            </div>
          ))}
        </Stack>
      </Paper>
      <InlineError error={save.error} />
      {saved && (
        <Text size="sm" c="teal.8" role="status">
          {saved}
        </Text>
      )}
    </Stack>
  );
}
