import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The navigation on narrow screens. Its own chunk, loaded when the menu is first opened: a drawer
 * brings Mantine's modal machinery (scroll lock, focus trap, transitions), which no page's first
 * paint needs.
 */
export function NavDrawer({ opened, onClose, children }: { opened: boolean; onClose: () => void; children: ReactNode }) {
  return (
    <Drawer opened={opened} onClose={onClose} size={260} title="Firebreak" hiddenFrom="lg">
      {children}
    </Drawer>
  );
}
