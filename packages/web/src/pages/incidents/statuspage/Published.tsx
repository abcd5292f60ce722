import { Anchor, Badge, Button, Divider, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconExternalLink, IconPencil, IconSpeakerphone, IconWorldOff, IconWorldUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { type Publication, publicationPath, send, statusKeys, useStatusWrite } from '../../../api/statusPage.ts';
import type { Incident } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { StatePill } from '../../../components/StatePill.tsx';
import { Time } from '../../../components/Time.tsx';
import { COMPONENT_STATUS, PUBLIC_STATUS, publicStatusFor } from '../../../lib/statusLabels.ts';
import { PublicSummary } from './PublicSummary.tsx';
import { PublicUpdateFields } from './PublicText.tsx';
import { ImpactTable, impactList } from './PublishDialog.tsx';

const also = [statusKeys.components];

function PublicTitle({ incident, pub, can }: { incident: Incident; pub: Publication; can: boolean }) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(pub.publicTitle ?? '');
  const save = useStatusWrite(
    (publicTitle: string) => send('PATCH', publicationPath(incident.ref), { publicTitle }),
    statusKeys.publication(incident.ref),
  );
  if (!editing) {
    return (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600} style={{ flex: 1 }} data-testid="public-title">
          {pub.publicTitle}
        </Text>
        {can && (
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconPencil size={12} />}
            onClick={() => {
              setTitle(pub.publicTitle ?? '');
              setEditing(true);
            }}
            aria-label="Edit public title"
          >
            Edit
          </Button>
        )}
      </Group>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(title.trim(), { onSuccess: () => setEditing(false) });
      }}
    >
      <TextInput label="Public title" size="xs" value={title} onChange={(e) => setTitle(e.currentTarget.value)} required autoFocus />
      <InlineError error={save.error} />
      <Group gap="xs" mt={6}>
        <Button type="submit" size="xs" loading={save.isPending}>
          Save title
        </Button>
        <Button size="xs" variant="default" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}

function Impacts({ incident, pub, can }: { incident: Incident; pub: Publication; can: boolean }) {
  const [editing, setEditing] = useState<Record<string, string> | null>(null);
  const save = useStatusWrite(
    (impacts: Record<string, string>) => send('PATCH', publicationPath(incident.ref), { impacts: impactList(impacts) }),
    statusKeys.publication(incident.ref),
    also,
  );
  if (editing) {
    return (
      <Stack gap={6}>
        <ImpactTable impacts={editing} onChange={setEditing} />
        <InlineError error={save.error} />
        <Group gap="xs">
          <Button size="xs" loading={save.isPending} onClick={() => save.mutate(editing, { onSuccess: () => setEditing(null) })}>
            Save impact
          </Button>
          <Button size="xs" variant="default" onClick={() => setEditing(null)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Group gap="xs" align="center" wrap="wrap">
      {pub.impacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No component marked as affected.
        </Text>
      ) : (
        pub.impacts.map((i) => {
          const s = COMPONENT_STATUS[i.status] ?? COMPONENT_STATUS.operational;
          return (
            <Group key={i.componentId} gap={4} wrap="nowrap">
              <Text size="sm">{i.name}:</Text>
              <StatePill icon={s.icon} color={s.color}>
                {s.label}
              </StatePill>
            </Group>
          );
        })
      )}
      {can && (
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPencil size={12} />}
          onClick={() => setEditing(Object.fromEntries(pub.impacts.map((i) => [i.componentId, i.status])))}
        >
          Change impact
        </Button>
      )}
    </Group>
  );
}

function PostPublicUpdate({ incident, pub, onDone }: { incident: Incident; pub: Publication; onDone: () => void }) {
  const [status, setStatus] = useState<string>(pub.updates[0]?.status ?? publicStatusFor(incident.status));
  const [text, setText] = useState('');
  const post = useStatusWrite(
    () => send('POST', `${publicationPath(incident.ref)}/updates`, { status, body: text.trim() }),
    statusKeys.publication(incident.ref),
    also,
  );
  const field = post.error instanceof ApiError ? post.error.field : undefined;
  return (
    <form
      aria-label="Post a public update"
      onSubmit={(e) => {
        e.preventDefault();
        post.mutate(undefined, { onSuccess: onDone });
      }}
    >
      <PublicUpdateFields
        status={status}
        onStatus={setStatus}
        text={text}
        onText={setText}
        textError={field === 'body' && post.error instanceof Error ? post.error.message : undefined}
      />
      {field !== 'body' && <InlineError error={post.error} />}
      <Group gap="xs" mt="xs">
        <Button type="submit" size="xs" loading={post.isPending} disabled={!text.trim()} leftSection={<IconSpeakerphone size={14} />}>
          Post on status page
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </form>
  );
}

/** A published incident: its public title, impact, updates and summary, each kept current from here. */
export function Published({ incident, pub }: { incident: Incident; pub: Publication }) {
  const can = incident.abilities.postUpdate;
  const [posting, setPosting] = useState(false);
  const unpublish = useStatusWrite(() => send('DELETE', publicationPath(incident.ref)), statusKeys.publication(incident.ref), also);
  const updates = [...pub.updates].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap">
        <Badge color="blue" variant="light" leftSection={<IconWorldUpload size={12} />}>
          Public
        </Badge>
        <Text size="xs" c="dimmed">
          {pub.publishedAt ? (
            <>
              Published <Time iso={pub.publishedAt} />
            </>
          ) : (
            'Published'
          )}
        </Text>
        <Anchor href={pub.url ?? '/status'} target="_blank" rel="noreferrer" size="xs">
          <Group gap={2} component="span" wrap="nowrap">
            View on the public page
            <IconExternalLink size={12} aria-hidden />
          </Group>
        </Anchor>
      </Group>
      <PublicTitle incident={incident} pub={pub} can={can} />
      <Impacts incident={incident} pub={pub} can={can} />
      <Stack gap={6} component="ol" p={0} m={0} aria-label="Public updates" style={{ listStyle: 'none' }}>
        {updates.map((u) => (
          <li key={u.id} className="fb-stakeholder-card" style={{ padding: '6px 10px' }}>
            <Group gap={6}>
              <Text size="xs" fw={700}>
                {PUBLIC_STATUS[u.status]?.label ?? u.status}
              </Text>
              <Text size="xs" c="dimmed">
                <Time iso={u.createdAt} />
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {u.body}
            </Text>
          </li>
        ))}
      </Stack>
      {can &&
        (posting ? (
          <PostPublicUpdate incident={incident} pub={pub} onDone={() => setPosting(false)} />
        ) : (
          <Group gap="xs">
            <Button size="xs" leftSection={<IconSpeakerphone size={14} />} onClick={() => setPosting(true)}>
              Post public update
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconWorldOff size={14} />}
              loading={unpublish.isPending}
              onClick={() =>
                window.confirm('Take this incident off the status page? Customers will no longer see it or its updates.') &&
                unpublish.mutate(undefined)
              }
            >
              Unpublish
            </Button>
          </Group>
        ))}
      <InlineError error={unpublish.error} />
      <Divider my={4} />
      <PublicSummary incident={incident} pub={pub} />
    </Stack>
  );
}
