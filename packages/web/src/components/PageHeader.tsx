import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The top of a list page: title, a line of context, and the page's main action. */
export function PageHeader({ title, subtitle, action }: { title: string; subtitle?: ReactNode; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end" px="md" pt="md" pb="sm" className="fb-border-b" wrap="wrap" gap="sm">
      <div>
        <Title order={1}>{title}</Title>
        {subtitle && (
          <Text size="sm" c="dimmed" mt={2}>
            {subtitle}
          </Text>
        )}
      </div>
      {action}
    </Group>
  );
}
