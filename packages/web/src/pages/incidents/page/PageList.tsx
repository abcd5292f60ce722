import type { PageView } from '@firebreak/shared';
import { Stack } from '@mantine/core';
import { PageCard } from '../../../components/paging/PageCard.tsx';

/** The incident's pages, newest first (loaded only when there are some). */
export function PageList({ pages }: { pages: PageView[] }) {
  return (
    <Stack gap="xs">
      {pages.map((p) => (
        <PageCard key={p.id} page={p} showIncident={false} />
      ))}
    </Stack>
  );
}
