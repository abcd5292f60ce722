import type { SetupStatus } from '@firebreak/shared';
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getData, qs } from '../../api/client.ts';
import { BrandMark } from '../../app/Layout.tsx';

/** Where first-run setup stands (public: asked before anyone is signed in), and what a setup link can still do. */
export const useSetupStatus = (token?: string) =>
  useQuery({
    queryKey: ['setup-status', token ?? ''],
    queryFn: ({ signal }) => getData<SetupStatus>(`/auth/setup${qs({ token })}`, signal),
    staleTime: 10_000,
    retry: false,
  });

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
