import { Button, Stack, Text } from '@mantine/core';
import { IconWorldOff, IconWorldUpload } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { publicationPath, send, statusKeys, usePublication, useStatusWrite } from '../../../api/statusPage.ts';
import type { Incident } from '../../../api/types.ts';
import { ErrorNote, InlineError } from '../../../components/ErrorNote.tsx';

// Most incidents are never published: the published view (title, impact and summary editors, the
// plain-language rules) and the publish dialog are chunks of their own, loaded when an incident is
// published or someone publishes it, so the section costs the incident page almost nothing.
const Published = lazy(() => import('./Published.tsx').then((m) => ({ default: m.Published })));
const PublishDialog = lazy(() => import('./PublishDialog.tsx').then((m) => ({ default: m.PublishDialog })));

const also = [statusKeys.components];

const loading = (
  <Text size="sm" c="dimmed">
    Loading…
  </Text>
);

/** Published before it became private: hidden from the page now; responders can take it down for good. */
function StillPublished({ incident }: { incident: Incident }) {
  const unpublish = useStatusWrite(() => send('DELETE', publicationPath(incident.ref)), statusKeys.publication(incident.ref), also);
  return (
    <Stack gap={6} mt={6} align="flex-start">
      <Text size="sm">It was published before it became private: the status page hides it while it is private.</Text>
      {incident.abilities.postUpdate && (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          leftSection={<IconWorldOff size={14} />}
          loading={unpublish.isPending}
          onClick={() => unpublish.mutate(undefined)}
        >
          Unpublish
        </Button>
      )}
      <InlineError error={unpublish.error} />
    </Stack>
  );
}

/** The incident on the public status page: publish it, or keep its public face current. */
export function StatusPagePanel({ incident }: { incident: Incident }) {
  const pub = usePublication(incident.ref);
  const [dialog, setDialog] = useState(false);
  if (pub.isPending) return loading;
  if (pub.error) return <ErrorNote error={pub.error} onRetry={() => pub.refetch()} />;
  if (incident.private) return pub.data.published ? <StillPublished incident={incident} /> : null;
  if (pub.data.published)
    return (
      <Suspense fallback={loading}>
        <Published incident={incident} pub={pub.data} />
      </Suspense>
    );
  if (!pub.data.eligible) {
    return (
      <Text size="sm" c="dimmed">
        {pub.data.reason ?? 'This incident cannot appear on the status page.'}
      </Text>
    );
  }
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm" c="dimmed">
        Not on the public status page. Customers see only what you publish, with its own title and plain-language updates.
      </Text>
      {incident.abilities.postUpdate && (
        <Button size="xs" variant="default" leftSection={<IconWorldUpload size={14} />} onClick={() => setDialog(true)}>
          Publish on status page
        </Button>
      )}
      {dialog && (
        <Suspense fallback={null}>
          <PublishDialog incident={incident} onClose={() => setDialog(false)} />
        </Suspense>
      )}
    </Stack>
  );
}
