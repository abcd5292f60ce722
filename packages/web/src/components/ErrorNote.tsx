import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ApiError, errorMessage } from '../api/client.ts';

/** An API error in words, placed next to what caused it. */
export function ErrorNote({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  if (!error) return null;
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title={title} role="alert" py={8}>
      <Text size="sm">{errorMessage(error)}</Text>
      {onRetry && !notFound && (
        <Button variant="subtle" color="red" size="compact-xs" mt={4} onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}

/** Small inline error text under a control (for role="alert" announcements). */
export function InlineError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Text size="xs" role="alert" className="fb-inline-error">
      {errorMessage(error)}
    </Text>
  );
}
