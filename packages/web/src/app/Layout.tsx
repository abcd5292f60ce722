import {
  ActionIcon,
  AppShell,
  Burger,
  Button,
  Group,
  Kbd,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconKey, IconLogout, IconMoon, IconPlus, IconSearch, IconSun, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { request } from '../api/client.ts';
import { Menu } from '../components/Menu.tsx';
import { NotificationBell } from '../components/NotificationBell.tsx';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { useOpenedOnce } from '../lib/useOpenedOnce.ts';
import { declareOpen, openDeclare, openPalette, paletteRequests } from './commands.ts';
import { LiveBanner } from './LiveBanner.tsx';
import { canWork, useUser } from './session.ts';

const CommandPalette = lazy(() => import('./CommandPalette.tsx').then((m) => ({ default: m.CommandPalette })));
const NavDrawer = lazy(() => import('./NavDrawer.tsx').then((m) => ({ default: m.NavDrawer })));
const DeclareModal = lazy(() => import('../pages/incidents/declare/DeclareModal.tsx').then((m) => ({ default: m.DeclareModal })));

export function BrandMark() {
  return (
    <span className="fb-brand-mark" aria-hidden>
      <svg width="12" height="12" viewBox="0 0 16 16" role="presentation">
        <path d="M3 13h10M4.5 9.5h7M6 6h4M7.5 2.5h1" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </span>
  );
}

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const user = useUser();
  const links = [
    { to: '/incidents', label: 'Incidents' },
    { to: '/alerts', label: 'Alerts' },
    { to: '/retros', label: 'Retrospectives' },
    ...(canWork(user) ? [{ to: '/follow-ups', label: 'Follow-ups' }] : []),
    { to: '/insights', label: 'Insights' },
    { to: '/learning', label: 'Learning' },
    { to: '/services', label: 'Services' },
    { to: '/teams', label: 'Teams' },
    { to: '/oncall', label: 'On-call' },
    ...(user.role === 'admin' ? [{ to: '/settings', label: 'Settings' }] : []),
  ];
  return (
    <>
      {links.map((l) => (
        <NavLink key={l.to} to={l.to} onClick={onNavigate}>
          {l.label}
        </NavLink>
      ))}
    </>
  );
}

export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const label = scheme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  return (
    <Tooltip label={label}>
      <ActionIcon aria-label={label} onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')} size="lg">
        {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

function UserMenu() {
  const user = useUser();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const signOut = async () => {
    await request('POST', '/auth/logout').catch(() => undefined);
    qc.clear();
    navigate('/login', { replace: true });
  };
  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <ActionIcon aria-label={`Account: ${user.name}`} size="lg">
          <IconUserCircle size={20} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.name} · {user.role}
        </Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconKey size={14} />}>
          Account and API tokens
        </Menu.Item>
        <Menu.Item onClick={signOut} leftSection={<IconLogout size={14} />}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function Layout() {
  const user = useUser();
  const [navOpen, nav] = useDisclosure(false);
  const navUsed = useOpenedOnce(navOpen);
  const declaring = declareOpen.use();
  const location = useLocation();
  const responder = canWork(user);
  const paletteAsked = paletteRequests.use();
  useHotkeys([['d', () => responder && openDeclare()]]);
  // Ctrl/Cmd-K works from anywhere, including while typing in a field.
  useHotkeys([['mod+K', openPalette]], []);
  // Move focus to the page's heading after navigation, so keyboard and screen-reader users land on content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the route changes
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const h = document.querySelector<HTMLElement>('main h1');
      if (h && !document.activeElement?.closest('main, [role="dialog"]')) {
        h.tabIndex = -1;
        h.focus({ preventScroll: true });
      }
    });
    return () => cancelAnimationFrame(id);
  }, [location.pathname]);

  return (
    <AppShell header={{ height: 48 }} padding={0}>
      <AppShell.Header>
        <div className="fb-header">
          <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="lg" size="sm" aria-label="Open navigation" />
          <Link to="/incidents" className="fb-brand" aria-label="Firebreak home">
            <BrandMark />
            <span className="fb-brand-text">Firebreak</span>
          </Link>
          <Group component="nav" gap={2} className="fb-nav fb-nav-bar" visibleFrom="lg" aria-label="Main">
            <NavLinks />
          </Group>
          <div className="fb-header-spacer" />
          <UnstyledButton onClick={openPalette} aria-label="Search and commands (Ctrl+K)" visibleFrom="xl">
            <Group gap={6} px={8} py={4} style={{ border: '1px solid var(--fb-border)', borderRadius: 6 }}>
              <IconSearch size={14} aria-hidden />
              <Text size="xs" c="dimmed" w={130}>
                Search or run…
              </Text>
              <Kbd size="xs">Ctrl K</Kbd>
            </Group>
          </UnstyledButton>
          <ActionIcon hiddenFrom="xl" aria-label="Search and commands" size="lg" onClick={openPalette}>
            <IconSearch size={18} />
          </ActionIcon>
          {responder && (
            <>
              <Tooltip label="Declare an incident (D)">
                <Button
                  color="red.9"
                  leftSection={<IconPlus size={14} />}
                  onClick={openDeclare}
                  size="xs"
                  rightSection={
                    <Kbd size="xs" className="fb-kbd-on-red">
                      D
                    </Kbd>
                  }
                  visibleFrom="sm"
                >
                  Declare
                </Button>
              </Tooltip>
              <Button color="red.9" leftSection={<IconPlus size={14} />} onClick={openDeclare} size="xs" hiddenFrom="sm" px={10}>
                Declare
              </Button>
            </>
          )}
          <NotificationBell />
          <ThemeToggle />
          <UserMenu />
        </div>
      </AppShell.Header>
      {navUsed && (
        <Suspense fallback={null}>
          <NavDrawer opened={navOpen} onClose={nav.close}>
            <Stack gap={4} className="fb-nav" component="nav" aria-label="Main">
              <NavLinks onNavigate={nav.close} />
            </Stack>
          </NavDrawer>
        </Suspense>
      )}
      <AppShell.Main>
        <LiveBanner />
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      {paletteAsked > 0 && (
        <Suspense fallback={null}>
          <CommandPalette requests={paletteAsked} />
        </Suspense>
      )}
      {declaring && (
        <Suspense fallback={null}>
          <DeclareModal onClose={() => declareOpen.set(false)} />
        </Suspense>
      )}
    </AppShell>
  );
}
