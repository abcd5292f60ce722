// Mantine's Menu on its own, so components/Menu.tsx can load it as a chunk of its own.
export { Menu } from '@mantine/core';
