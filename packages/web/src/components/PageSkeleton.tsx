import { Skeleton, Stack } from '@mantine/core';

/** Grey bars where content will be, while a page's code or data loads. */
export function PageSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Stack gap={10} p="lg" aria-busy="true" aria-label="Loading">
      <Skeleton height={22} width="40%" />
      <Skeleton height={14} width="65%" />
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <Skeleton key={i} height={36} />
      ))}
    </Stack>
  );
}
