import { parseSummary, STATUS_SUMMARY_MAX_CHARS, type SummaryInline } from '@firebreak/shared/statusSummary.ts';
import { Alert, Anchor, Badge, Box, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconFileText, IconInfoCircle, IconPencil, IconWorldOff, IconWorldUpload } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { type Publication, publicationPath, send, statusKeys, useStatusWrite } from '../../../api/statusPage.ts';
import type { Incident } from '../../../api/types.ts';
import { InlineError } from '../../../components/ErrorNote.tsx';
import { Time } from '../../../components/Time.tsx';
import { PlainWarnings } from './PublicText.tsx';

function Inline({ x }: { x: SummaryInline }) {
  switch (x.t) {
    case 'br':
      return <br />;
    case 'strong':
      return <strong>{x.v}</strong>;
    case 'em':
      return <em>{x.v}</em>;
    case 'link':
      return (
        <Anchor href={x.href} target="_blank" rel="nofollow noopener noreferrer" inherit>
          {x.v}
        </Anchor>
      );
    case 'text':
      return <>{x.v}</>;
  }
}

/** Inline pieces with keys by position (the summary is rendered whole from its text, never reordered). */
function inlines(xs: SummaryInline[]): ReactNode[] {
  const out: ReactNode[] = [];
  for (const x of xs) out.push(<Inline key={`i${out.length}`} x={x} />);
  return out;
}

/** The summary as customers will see it: the same parser as the public page. */
export function SummaryPreview({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  for (const b of parseSummary(text)) {
    const key = `b${blocks.length}`;
    if (b.type === 'p') {
      blocks.push(
        <p key={key} style={{ margin: '0 0 6px' }}>
          {inlines(b.inlines)}
        </p>,
      );
      continue;
    }
    const items: ReactNode[] = [];
    for (const item of b.items) items.push(<li key={`l${items.length}`}>{inlines(item)}</li>);
    blocks.push(
      <ul key={key} style={{ margin: '0 0 6px', paddingLeft: 20 }}>
        {items}
      </ul>,
    );
  }
  return (
    <Box fz="sm" style={{ overflowWrap: 'anywhere' }} data-testid="summary-preview">
      {blocks}
    </Box>
  );
}

function Editor({ incident, pub, onDone }: { incident: Incident; pub: Publication; onDone: () => void }) {
  const suggestion = pub.retro?.suggestion ?? '';
  const [text, setText] = useState(pub.summary?.body ?? suggestion);
  const canPublish = !!pub.retro?.published;
  const save = useStatusWrite(
    (published: boolean) => send('PUT', `${publicationPath(incident.ref)}/summary`, { body: text.trim(), published }),
    statusKeys.publication(incident.ref),
  );
  const field = save.error instanceof ApiError ? save.error.field : undefined;
  const over = text.length > STATUS_SUMMARY_MAX_CHARS;
  return (
    <form
      aria-label="Summary for customers"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(canPublish, { onSuccess: onDone });
      }}
    >
      <Stack gap="xs">
        <Textarea
          aria-label="Summary for customers"
          description="What happened, what it meant for customers, and what we changed. Paragraphs, “- ” lists, **bold**, *italic* and [links](https://…)."
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={14}
          autoFocus
          error={
            over
              ? `${text.length} of ${STATUS_SUMMARY_MAX_CHARS} characters: shorten it`
              : field === 'body'
                ? save.error?.message
                : undefined
          }
        />
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed" aria-live="polite">
            {text.length} / {STATUS_SUMMARY_MAX_CHARS}
          </Text>
          {suggestion && text.trim() !== suggestion.trim() && (
            <Button size="compact-xs" variant="subtle" leftSection={<IconFileText size={12} />} onClick={() => setText(suggestion)}>
              Start from the retrospective
            </Button>
          )}
        </Group>
        <PlainWarnings text={text} testId="summary-plain-warnings" />
        {text.trim() && (
          <Box className="fb-stakeholder-card" p="xs">
            <Text size="xs" c="dimmed" mb={4}>
              Preview
            </Text>
            <SummaryPreview text={text} />
          </Box>
        )}
        {!canPublish && (
          <Text size="xs" c="dimmed">
            It can be published once the retrospective is. Save it now to carry on later.
          </Text>
        )}
        {field !== 'body' && <InlineError error={save.error} />}
        <Group gap="xs">
          {canPublish && (
            <Button
              type="submit"
              size="xs"
              loading={save.isPending && save.variables}
              disabled={!text.trim() || over}
              leftSection={<IconWorldUpload size={14} />}
            >
              {pub.summary?.published ? 'Save on status page' : 'Publish summary'}
            </Button>
          )}
          {!pub.summary?.published && (
            <Button
              size="xs"
              variant={canPublish ? 'default' : 'filled'}
              loading={save.isPending && !save.variables}
              disabled={!text.trim() || over}
              onClick={() => save.mutate(false, { onSuccess: onDone })}
            >
              Save without publishing
            </Button>
          )}
          <Button size="xs" variant="subtle" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The customer-facing summary of the retrospective on the incident's public page: offered once the
 * incident has a retrospective, prefilled from it, published explicitly, editable and taken down here.
 */
export function PublicSummary({ incident, pub }: { incident: Incident; pub: Publication }) {
  const can = incident.abilities.postUpdate;
  const [editing, setEditing] = useState(false);
  const takeDown = useStatusWrite(
    () => send('PUT', `${publicationPath(incident.ref)}/summary`, { body: pub.summary?.body ?? '', published: false }),
    statusKeys.publication(incident.ref),
  );
  const publish = useStatusWrite(
    () => send('PUT', `${publicationPath(incident.ref)}/summary`, { body: pub.summary?.body ?? '', published: true }),
    statusKeys.publication(incident.ref),
  );
  const s = pub.summary;
  const heading = (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600} component="h3" m={0}>
        Summary for customers
      </Text>
      {s?.published ? (
        <Badge color="blue" variant="light" size="sm">
          Public
        </Badge>
      ) : s ? (
        <Badge color="gray" variant="light" size="sm">
          Not public
        </Badge>
      ) : null}
    </Group>
  );
  if (editing)
    return (
      <Stack gap={6} data-testid="public-summary">
        {heading}
        <Editor incident={incident} pub={pub} onDone={() => setEditing(false)} />
      </Stack>
    );
  if (!s) {
    return (
      <Stack gap={6} align="flex-start" data-testid="public-summary">
        {heading}
        {!pub.retro ? (
          <Text size="sm" c="dimmed">
            Once the retrospective is written, publish a short summary of it here for customers.
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {pub.retro.published
                ? 'The retrospective is published. Tell customers in a few plain sentences what happened and what you changed.'
                : 'The retrospective is not published yet: you can start the summary; it can be published once the retrospective is.'}{' '}
              <Anchor component={Link} to={`/retros/${incident.ref}`} size="sm">
                Open the retrospective
              </Anchor>
            </Text>
            {can && (
              <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                Write summary
              </Button>
            )}
          </>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap={6} data-testid="public-summary">
      {heading}
      <Box className="fb-stakeholder-card" p="xs">
        <SummaryPreview text={s.body} />
      </Box>
      <Text size="xs" c="dimmed">
        {s.published && s.publishedAt ? (
          <>
            On the public incident page since <Time iso={s.publishedAt} />
          </>
        ) : (
          <>Saved, not public</>
        )}
        {s.updatedBy ? <> · last saved by {s.updatedBy.name}</> : null} · <Time iso={s.updatedAt} />
      </Text>
      {!s.published && !pub.retro?.published && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={16} />} py={6}>
          It can be published once the retrospective is.
        </Alert>
      )}
      {can && (
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
            Edit summary
          </Button>
          {s.published ? (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconWorldOff size={14} />}
              loading={takeDown.isPending}
              onClick={() =>
                window.confirm('Take the summary off the public incident page? It stays saved here.') && takeDown.mutate(undefined)
              }
            >
              Take down
            </Button>
          ) : (
            pub.retro?.published && (
              <Button
                size="xs"
                leftSection={<IconWorldUpload size={14} />}
                loading={publish.isPending}
                onClick={() => publish.mutate(undefined)}
              >
                Publish summary
              </Button>
            )
          )}
        </Group>
      )}
      <InlineError error={takeDown.error ?? publish.error} />
    </Stack>
  );
}
