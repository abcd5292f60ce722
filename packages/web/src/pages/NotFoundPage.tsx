import { Button, Container, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState.tsx';

export function NotFoundPage() {
  return (
    <Container size="sm" py="xl">
      <Title order={1} className="fb-sr-only">
        Page not found
      </Title>
      <EmptyState
        title="There is no page here"
        action={
          <Button component={Link} to="/incidents" variant="default">
            Go to incidents
          </Button>
        }
      >
        The link may be mistyped, or the page moved.
      </EmptyState>
    </Container>
  );
}
