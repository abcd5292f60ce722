import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useUsers } from '../../../api/queries.ts';

/** Who can hold a role, searched by name or e-mail; picking one assigns (or hands over) at once. */
export function RolePicker({ label, onPick }: { label: string; onPick: (user: string) => void }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 200);
  const users = useUsers(q);
  const options = (users.data ?? [])
    .filter((u) => u.role !== 'viewer' && !u.disabled)
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  return (
    <Select
      label={label}
      placeholder="Search people"
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={null}
      onChange={(v) => v && onPick(v)}
      nothingFoundMessage={users.isFetching ? 'Searching…' : 'Nobody found (viewers cannot hold roles)'}
      comboboxProps={{ withinPortal: false }}
    />
  );
}
