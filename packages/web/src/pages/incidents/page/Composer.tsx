import type { CommsSettingsView, UpdateTemplateStatus } from '@firebreak/shared';
import { Alert, Button, Group, Kbd, List, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler, useDebouncedValue } from '@mantine/hooks';
import { IconInfoCircle, IconMessage, IconSpeakerphone, IconTemplate } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { forwardRef, lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { getData } from '../../../api/client.ts';
import { statusKeys, usePublication } from '../../../api/statusPage.ts';
import type { Incident } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { Menu } from '../../../components/Menu.tsx';
import { SeverityFlag } from '../../../components/SeverityFlag.tsx';
import { Time } from '../../../components/Time.tsx';
import { STATUS_FOR_STAKEHOLDERS, STATUS_LABEL } from '../../../lib/labels.ts';
import { formatClock, timeZonePref } from '../../../lib/time.ts';
import type { AlsoPublishValue } from '../statuspage/AlsoPublish.tsx';
import { usePostEntry } from './mutations.ts';
import { UpdateDue } from './UpdateDue.tsx';

const AlsoPublish = lazy(() => import('../statuspage/AlsoPublish.tsx').then((m) => ({ default: m.AlsoPublish })));

type PlainRules = typeof import('../../../lib/plainLanguage.ts');

export type ComposerMode = 'war' | 'update';

const WarRoom = forwardRef<HTMLTextAreaElement, { incident: Incident }>(function WarRoom({ incident }, ref) {
  const [text, setText] = useState('');
  const post = usePostEntry(incident.ref, 'comments');
  const submit = () => {
    if (!text.trim() || post.isPending) return;
    post.mutate({ body: text.trim() }, { onSuccess: () => setText('') });
  };
  return (
    <Stack gap={6}>
      <Textarea
        ref={ref}
        aria-label="War-room comment"
        placeholder="Technical notes for responders: what you see, what you try. Markdown."
        autosize
        minRows={2}
        maxRows={8}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
      />
      <InlineError error={post.error} />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          Only responders see this. <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd> posts.
        </Text>
        <Button size="xs" onClick={submit} loading={post.isPending} disabled={!text.trim()} leftSection={<IconMessage size={14} />}>
          Post to war room
        </Button>
      </Group>
    </Stack>
  );
});

const StakeholderUpdate = forwardRef<HTMLTextAreaElement, { incident: Incident }>(function StakeholderUpdate({ incident }, ref) {
  const [text, setText] = useState('');
  const [checked] = useDebouncedValue(text, 300);
  const tz = timeZonePref.use();
  // The rules and templates are their own chunk, loaded when this composer first shows, with this
  // installation's word list and templates (outside the query cache: the page's first load stays small).
  const [rules, setRules] = useState<PlainRules | null>(null);
  const [comms, setComms] = useState<Pick<CommsSettingsView, 'jargon' | 'templates'> | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../../lib/plainLanguage.ts').then((m) => live && setRules(m));
    getData<CommsSettingsView>('/settings/communication').then(
      (c) => live && setComms(c),
      () => {}, // the defaults serve
    );
    return () => {
      live = false;
    };
  }, []);
  // The same rule set the server answers a posted update with (packages/shared), with this installation's word list.
  const warnings = useMemo(
    () => (rules ? rules.plainLanguageWarnings(checked, comms?.jargon ?? rules.DEFAULT_JARGON) : []),
    [rules, checked, comms?.jargon],
  );
  const post = usePostEntry(incident.ref, 'updates');
  const qc = useQueryClient();
  const [publish, setPublish] = useState<AlsoPublishValue>({ on: false, status: null });
  const publication = usePublication(incident.ref, !incident.private);
  const canPublish = !incident.private && !!publication.data?.published;
  const publishing = canPublish && publish.on && !!publish.status;
  const current = rules?.templateStatusFor(incident.status);
  const startFrom = (status: UpdateTemplateStatus) => {
    if (!rules) return;
    const templates = comms?.templates ?? rules.DEFAULT_UPDATE_TEMPLATES;
    const cadence = incident.stakeholderUpdates.cadenceMinutes;
    // Posting resets the cadence, so the next update is due one cadence from now.
    const next = cadence ? formatClock(new Date(Date.now() + cadence * 60_000).toISOString(), tz) : null;
    setText(
      rules.fillTemplate(templates[status], {
        title: incident.title,
        ref: incident.ref,
        services: incident.services.map((s) => s.name),
        nextUpdate: next && tz === 'utc' ? `${next} UTC` : next,
      }),
    );
  };
  const submit = () => {
    if (!text.trim() || post.isPending) return;
    const alsoPublic = publishing ? { publishToStatusPage: true, publicStatus: publish.status } : {};
    post.mutate(
      { body: text.trim(), ...alsoPublic },
      {
        onSuccess: () => {
          setText('');
          // Publishing stays a deliberate choice each time: the box clears after sending.
          if (publishing) {
            setPublish((p) => ({ ...p, on: false }));
            void qc.invalidateQueries({ queryKey: statusKeys.publication(incident.ref) });
          }
        },
      },
    );
  };
  const last = incident.stakeholderUpdates.lastAt;
  return (
    <Stack gap={6}>
      <div className="fb-stakeholder-card" style={{ padding: '8px 10px' }}>
        <Group gap={6} mb={6} wrap="wrap">
          <SeverityFlag severity={incident.severity} />
          <Text size="xs" fw={600}>
            {STATUS_LABEL[incident.status]}
          </Text>
          <Text size="xs" c="dimmed">
            — {STATUS_FOR_STAKEHOLDERS[incident.status]}
          </Text>
        </Group>
        <Textarea
          ref={ref}
          aria-label="Stakeholder update"
          placeholder="In plain words: what customers notice, what we are doing, when the next update comes."
          autosize
          minRows={3}
          maxRows={10}
          variant="unstyled"
          styles={{ input: { fontSize: 15, lineHeight: 1.55, padding: 0 } }}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
        />
      </div>
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle size={16} />}
          py={6}
          aria-live="polite"
          title="Stakeholders read this: keep it plain"
          data-testid="plain-language-warnings"
        >
          <List size="xs" spacing={2}>
            {warnings.map((w) => (
              <List.Item key={`${w.kind}-${w.index}`}>
                <b>{rules?.PLAIN_LANGUAGE_LABELS[w.kind]}</b> “{w.match}”: {w.suggestion}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {canPublish && (
        <Suspense fallback={null}>
          <AlsoPublish incidentStatus={incident.status} value={publish} onChange={setPublish} />
        </Suspense>
      )}
      <InlineError error={post.error} />
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="xs" c="dimmed">
          {last ? (
            <>
              Last update sent <Time iso={last} />
            </>
          ) : (
            'No update sent yet'
          )}
          {incident.stakeholderUpdates.nextDueAt ? ' · ' : ''}
          <UpdateDue incident={incident} short />
        </Text>
        <Group gap="xs">
          <Menu position="top-end" withinPortal>
            <Menu.Target>
              <Button size="xs" variant="default" leftSection={<IconTemplate size={14} />} disabled={!rules}>
                Start from template
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Replaces the text with</Menu.Label>
              {(rules?.UPDATE_TEMPLATE_STATUSES ?? []).map((s) => (
                <Menu.Item key={s} onClick={() => startFrom(s)} fw={s === current ? 700 : undefined}>
                  {STATUS_LABEL[s]}
                  {s === current ? ' (now)' : ''}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button size="xs" onClick={submit} loading={post.isPending} disabled={!text.trim()} leftSection={<IconSpeakerphone size={14} />}>
            {publishing ? 'Send and publish' : 'Send to stakeholders'}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
});

/** Two clearly separate composers: technical war-room talk, and the plain-language stakeholder update. */
export const Composer = forwardRef<HTMLTextAreaElement, { incident: Incident; mode: ComposerMode; onMode: (m: ComposerMode) => void }>(
  function Composer({ incident, mode, onMode }, ref) {
    if (!incident.abilities.comment && !incident.abilities.postUpdate) return null;
    return (
      <Tabs value={mode} onChange={(v) => onMode((v as ComposerMode) ?? 'war')} keepMounted={false} className="fb-composer">
        <Tabs.List>
          <Tabs.Tab value="war" leftSection={<IconMessage size={14} />}>
            War room
          </Tabs.Tab>
          <Tabs.Tab value="update" leftSection={<IconSpeakerphone size={14} />}>
            Stakeholder update
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="war" p="sm">
          <WarRoom incident={incident} ref={ref} />
        </Tabs.Panel>
        <Tabs.Panel value="update" p="sm">
          <StakeholderUpdate incident={incident} ref={ref} />
        </Tabs.Panel>
      </Tabs>
    );
  },
);
