import { Anchor, Button, Code, Kbd, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconFlame } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useServices, useTeams, useUsers } from '../../api/queries.ts';
import { openDeclare } from '../../app/commands.ts';
import { useUser } from '../../app/session.ts';
import { count } from '../../lib/labels.ts';

function Step({ done, children }: { done: boolean; children: ReactNode }) {
  return (
    <List.Item
      icon={
        <ThemeIcon size={20} radius="xl" variant="transparent" color={done ? 'green' : 'gray'}>
          {done ? <IconCircleCheck size={18} aria-label="Done" /> : <IconCircleDashed size={18} aria-label="To do" />}
        </ThemeIcon>
      }
    >
      {children}
    </List.Item>
  );
}

/**
 * What a new team does before its first incident: people, services and teams, alerts that declare
 * incidents by themselves. Shown while the installation has no incident at all; each step says
 * whether it is done and links to where it is done.
 */
export function FirstSteps() {
  const me = useUser();
  const admin = me.role === 'admin';
  const users = useUsers();
  const services = useServices();
  const teams = useTeams();
  const people = (users.data ?? []).filter((u) => !u.disabled).length;
  const nServices = services.data?.length ?? 0;
  const nTeams = teams.data?.length ?? 0;
  return (
    <Paper withBorder p="lg" maw={640} mx={{ base: 'sm', sm: 'auto' }} my="xl" component="section" aria-labelledby="first-steps">
      <Stack gap="sm">
        <div>
          <Title order={2} id="first-steps">
            No incidents yet: get your team ready
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            No incidents. Declare one with <Kbd size="xs">D</Kbd> when something is wrong; these steps make the first one go smoothly.
          </Text>
        </div>
        <List spacing="sm" size="sm" center>
          <Step done={people > 1}>
            {admin ? (
              <Anchor component={Link} to="/settings/users" underline="always">
                Add the people who respond
              </Anchor>
            ) : (
              'Ask an admin to add the people who respond'
            )}{' '}
            <Text span size="sm" c="dimmed">
              — responders work incidents, viewers (stakeholders) read status pages.
              {people > 1 ? ` ${count(people, 'person', 'people')} so far.` : ''}
            </Text>
          </Step>
          <Step done={nServices > 0}>
            <Anchor component={Link} to="/services" underline="always">
              Add your services
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              — what can break, and how critical it is.{nServices ? ` ${nServices} so far.` : ''}
            </Text>
          </Step>
          <Step done={nTeams > 0}>
            <Anchor component={Link} to="/teams" underline="always">
              Add the teams that own them
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              — their members are added as watchers when an incident hits their service.{nTeams ? ` ${nTeams} so far.` : ''}
            </Text>
          </Step>
          <Step done={false}>
            <Anchor component={Link} to="/account" underline="always">
              Connect your alerts
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              — create an API token, and have your monitoring <Code>POST /api/v1/incidents</Code> with <Code>{'"source": "alert"'}</Code>.
            </Text>
          </Step>
        </List>
        <Button onClick={openDeclare} color="red.9" leftSection={<IconFlame size={16} />} style={{ alignSelf: 'flex-start' }}>
          Declare incident
        </Button>
      </Stack>
    </Paper>
  );
}
