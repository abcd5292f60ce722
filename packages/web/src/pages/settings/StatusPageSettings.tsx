import { Anchor, Button, ColorInput, Group, Paper, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { type StatusPageSettings as Settings, send, statusKeys, useStatusSettings, useStatusWrite } from '../../api/statusPage.ts';
import { ErrorNote, InlineError } from '../../components/ErrorNote.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { StatusComponentsSettings } from './StatusComponentsSettings.tsx';
import { StatusSubscribers } from './StatusSubscribers.tsx';

type Draft = { organisationName: string; logoUrl: string; brandColor: string; supportUrl: string };
const draftOf = (s: Settings): Draft => ({
  organisationName: s.organisationName ?? '',
  logoUrl: s.logoUrl ?? '',
  brandColor: s.brandColor ?? '',
  supportUrl: s.supportUrl ?? '',
});

/** How the public page's header will look with these colours and this logo. */
function BrandPreview({ draft }: { draft: Draft }) {
  const color = /^#[0-9a-f]{6}$/i.test(draft.brandColor) ? draft.brandColor : '#1c7ed6';
  return (
    <div className="fb-brand-preview" aria-label="Preview of the public page's header" role="img">
      <div className="fb-brand-preview-bar" style={{ background: color }} />
      <Group gap="sm" p="sm" wrap="nowrap">
        {draft.logoUrl ? <img src={draft.logoUrl} alt="" height={28} style={{ maxWidth: 120, objectFit: 'contain' }} /> : null}
        <Text fw={700} size="md" className="fb-truncate">
          {draft.organisationName || 'Your organisation'} status
        </Text>
      </Group>
      <Group gap={8} px="sm" pb="sm">
        <span className="fb-brand-preview-dot" style={{ background: color }} />
        <Text size="sm">All systems operational</Text>
      </Group>
    </div>
  );
}

function Branding({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(draftOf(settings)), [settings]);
  const save = useStatusWrite((d: Partial<Settings>) => send<Settings>('PUT', '/status-page/settings', d), statusKeys.settings);
  const field = save.error instanceof ApiError ? save.error.field : undefined;
  const err = (f: string) => (field === f && save.error instanceof Error ? save.error.message : undefined);
  const set = (k: keyof Draft) => (v: string) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [k]: v }));
  };
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="status-branding">
      <Title order={2} size="h4" id="status-branding" mb={4}>
        Branding
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Customers have never heard of Firebreak: the page carries your name, logo and colour.
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            {
              organisationName: draft.organisationName.trim(),
              logoUrl: draft.logoUrl.trim() || null,
              brandColor: draft.brandColor.trim() || null,
              supportUrl: draft.supportUrl.trim() || null,
            },
            { onSuccess: () => setSaved(true) },
          );
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap="sm">
            <TextInput
              label="Organisation name"
              required
              value={draft.organisationName}
              onChange={(e) => set('organisationName')(e.currentTarget.value)}
              error={err('organisationName')}
            />
            <TextInput
              label="Logo URL"
              description="An https address of a PNG or SVG, about 28 px high"
              placeholder="https://example.com/logo.svg"
              value={draft.logoUrl}
              onChange={(e) => set('logoUrl')(e.currentTarget.value)}
              error={err('logoUrl')}
            />
            <ColorInput
              label="Brand colour"
              description="Used for the bar, links and buttons"
              placeholder="#1c7ed6"
              format="hex"
              // Opens above the field where there is room, so it never covers "Save branding" below.
              popoverProps={{ position: 'top-start' }}
              eyeDropperButtonProps={{ 'aria-label': 'Pick the colour from the screen' }}
              value={draft.brandColor}
              onChange={set('brandColor')}
              error={err('brandColor')}
              swatches={['#1c7ed6', '#0b7285', '#2b8a3e', '#5f3dc4', '#c2255c', '#212529']}
            />
            <TextInput
              label="Support URL"
              description="Where customers can ask for help"
              placeholder="https://example.com/support"
              value={draft.supportUrl}
              onChange={(e) => set('supportUrl')(e.currentTarget.value)}
              error={err('supportUrl')}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Preview
            </Text>
            <BrandPreview draft={draft} />
          </Stack>
        </SimpleGrid>
        {!field && <InlineError error={save.error} />}
        <Group mt="sm" gap="sm">
          <Button type="submit" loading={save.isPending}>
            Save branding
          </Button>
          {saved && !save.error && (
            <Text size="sm" role="status">
              Branding saved.
            </Text>
          )}
        </Group>
      </form>
    </Paper>
  );
}

function Publishing({ settings }: { settings: Settings }) {
  const save = useStatusWrite((enabled: boolean) => send<Settings>('PUT', '/status-page/settings', { enabled }), statusKeys.settings);
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="status-public">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div style={{ flex: 1, minWidth: 240 }}>
          <Title order={2} size="h4" id="status-public" mb={4}>
            Public status page
          </Title>
          <Text size="sm" c="dimmed">
            Anyone can read it without signing in. Only what responders publish appears there: never private incidents, never war-room talk.
          </Text>
        </div>
        <Anchor href="/status" target="_blank" rel="noreferrer" size="sm">
          <Group gap={4} wrap="nowrap" component="span">
            Open the public page
            <IconExternalLink size={14} aria-hidden />
          </Group>
        </Anchor>
      </Group>
      <Switch
        mt="sm"
        label="Publish the status page"
        description={settings.enabled ? 'On: /status is public.' : 'Off: /status says the page is not available.'}
        checked={settings.enabled}
        disabled={save.isPending}
        onChange={(e) => save.mutate(e.currentTarget.checked)}
      />
      <InlineError error={save.error} />
      <Text size="sm" mt="sm">
        Planned work for customers lives under{' '}
        <Anchor component={Link} to="/status-page/maintenance" size="sm" underline="always">
          scheduled maintenance
        </Anchor>
        .
      </Text>
    </Paper>
  );
}

/** Settings → Status page: turn it on, brand it, choose its components, see who subscribed. */
export function StatusPageSettings() {
  const settings = useStatusSettings();
  if (settings.isPending) return <PageSkeleton rows={4} />;
  if (settings.error) return <ErrorNote error={settings.error} onRetry={() => settings.refetch()} />;
  return (
    <Stack gap="md">
      <Publishing settings={settings.data} />
      <Branding settings={settings.data} />
      <StatusComponentsSettings />
      <StatusSubscribers />
    </Stack>
  );
}
