import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { myFeed, revokeMyFeed, useMyOnCall } from '../../api/oncall.ts';
import { useMyPages } from '../../api/paging.ts';
import { ErrorNote } from '../../components/ErrorNote.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageCard } from '../../components/paging/PageCard.tsx';
import { CalendarFeed } from './CalendarFeed.tsx';
import { ContactMethods } from './ContactMethods.tsx';
import { OnCallNav } from './OnCallNav.tsx';
import { spanText } from './ScheduleTimeline.tsx';

/** My on-call: pages waiting for me first, then my next shifts, my calendar feed and how I am reached. */
export function MyOnCallPage() {
  const pages = useMyPages();
  const mine = useMyOnCall();
  const open = (pages.data ?? []).filter((p) => p.status !== 'resolved');
  return (
    <>
      <PageHeader
        title="My on-call"
        subtitle="Your pages, your shifts, and how Firebreak reaches you."
        action={<CalendarFeed what="my shifts" buttonLabel="My calendar feed" create={myFeed} revoke={revokeMyFeed} />}
      />
      <OnCallNav />
      <Stack gap="md" p="md">
        <section aria-labelledby="my-pages">
          <Title order={2} id="my-pages" mb="xs">
            Current pages
          </Title>
          {pages.error ? (
            <ErrorNote error={pages.error} onRetry={() => pages.refetch()} />
          ) : !pages.data ? (
            <Text size="sm" c="dimmed">
              Loading pages…
            </Text>
          ) : open.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing is paging you.
            </Text>
          ) : (
            <Stack gap="xs">
              {open.map((p) => (
                <PageCard key={p.id} page={p} />
              ))}
            </Stack>
          )}
        </section>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Paper p="sm" component="section" aria-labelledby="my-shifts">
            <Title order={2} id="my-shifts" mb="xs">
              My next shifts
            </Title>
            {mine.error ? (
              <ErrorNote error={mine.error} onRetry={() => mine.refetch()} />
            ) : !mine.data ? (
              <Text size="sm" c="dimmed">
                Loading shifts…
              </Text>
            ) : mine.data.next.length === 0 ? (
              <Text size="sm" c="dimmed">
                You are in no schedule's rotation.{' '}
                <Anchor component={Link} to="/oncall" size="sm">
                  See the schedules
                </Anchor>
              </Text>
            ) : (
              <ul className="fb-plain-list" aria-label="My next shifts">
                {mine.data.next.map((x) => {
                  const now = mine.data.current.some((c) => c.schedule.id === x.schedule.id && c.span.start === x.span.start);
                  return (
                    <li key={`${x.schedule.id}-${x.span.start}`}>
                      <Stack gap={0} py={4} className="fb-border-b">
                        <Text size="sm" fw={600}>
                          <Anchor component={Link} to={`/oncall/schedules/${encodeURIComponent(x.schedule.id)}`} size="sm" fw={600}>
                            {x.schedule.name}
                          </Anchor>
                          {now ? ' · on call now' : ''}
                          {x.span.layer === 'override' ? ' · override' : ''}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {spanText({ start: Date.parse(x.span.start), end: Date.parse(x.span.end) }, x.schedule.timeZone)} (
                          {x.schedule.timeZone})
                        </Text>
                      </Stack>
                    </li>
                  );
                })}
              </ul>
            )}
          </Paper>
          <Paper p="sm" component="section" aria-labelledby="my-contact">
            <Title order={2} id="my-contact" mb="xs">
              Contact methods
            </Title>
            <ContactMethods />
          </Paper>
        </SimpleGrid>
      </Stack>
    </>
  );
}
