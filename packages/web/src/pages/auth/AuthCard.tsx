import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from '../../app/Layout.tsx';

/** The calm, centred frame of the sign-in and setup pages. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Center mih="100dvh" p="md" className="fb-surface" component="main">
      <Stack w="100%" maw={380} gap="md">
        <div className="fb-brand" style={{ justifyContent: 'center' }}>
          <BrandMark />
          <span>Firebreak</span>
        </div>
        <Paper p="xl" shadow="xs">
          <Stack gap="md">
            <div>
              <Title order={1}>{title}</Title>
              {intro && (
                <Text size="sm" c="dimmed" mt={4}>
                  {intro}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
