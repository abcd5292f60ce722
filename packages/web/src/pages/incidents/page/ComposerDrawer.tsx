import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';

/** The composers on a phone: a bottom sheet over the timeline. Its own chunk, loaded on the first tap. */
export function ComposerDrawer({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="bottom"
      title={title}
      padding="xs"
      styles={{ content: { height: 'auto', maxHeight: '90dvh' } }}
    >
      {children}
    </Drawer>
  );
}
