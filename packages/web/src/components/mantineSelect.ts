// Mantine's Select on its own, so components/Select.tsx can load it as a chunk of its own.
export { Select } from '@mantine/core';
