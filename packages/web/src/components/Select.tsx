import { ComboboxChevron, type SelectProps, TextInput } from '@mantine/core';
import { useInViewport } from '@mantine/hooks';
import { type ComponentType, type KeyboardEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';

// Mantine's Select brings the whole combobox (dropdown, options, scroll area): code no page needs for
// its first paint. This Select takes the same props; until it has been on screen (or touched) it is a
// read-only input drawn exactly like a closed select, and the real one, a chunk of its own, takes its
// place, with the same size and text, so nothing moves. Incident page sections use it (docs/ARCHITECTURE.md).
const MantineSelect = lazy(() => import('./mantineSelect.ts').then((m) => ({ default: m.Select as ComponentType<SelectProps> })));

const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

type Option = string | { value: string; label?: string } | { group: unknown; items: readonly Option[] };

/** The label of the option whose value is `value`, in flat or grouped options. */
function labelOf(data: readonly Option[] | undefined, value: string | null | undefined): string {
  if (value == null) return '';
  for (const item of data ?? []) {
    if (typeof item === 'string') {
      if (item === value) return item;
    } else if ('items' in item) {
      const found = labelOf(item.items, value);
      if (found) return found;
    } else if (item.value === value) {
      return item.label ?? item.value;
    }
  }
  return '';
}

export function Select(props: SelectProps) {
  const { ref, inViewport } = useInViewport<HTMLInputElement>();
  const [shown, setShown] = useState(false);
  // What the person did to the stand-in before the real select arrived: it carries on from there.
  const focused = useRef(false);
  const wantsOpen = useRef(false);
  useEffect(() => {
    if (inViewport) setShown(true);
  }, [inViewport]);
  const open = () => {
    wantsOpen.current = true;
    setShown(true);
  };
  const size = props.size ?? 'sm';
  const standIn = (
    <TextInput
      ref={ref}
      readOnly
      pointer={!props.searchable}
      role="combobox"
      aria-expanded={false}
      aria-haspopup="listbox"
      aria-label={props['aria-label']}
      label={props.label}
      description={props.description}
      placeholder={props.placeholder}
      error={props.error}
      required={props.required}
      withAsterisk={props.withAsterisk}
      disabled={props.disabled}
      size={size}
      w={props.w}
      style={props.style}
      className={props.className}
      value={props.searchValue || labelOf(props.data as readonly Option[] | undefined, props.value)}
      rightSection={<ComboboxChevron size={size} error={props.error} />}
      rightSectionPointerEvents="none"
      onFocus={() => {
        focused.current = true;
        setShown(true);
      }}
      onBlur={() => {
        focused.current = false;
      }}
      onPointerDown={open}
      onKeyDown={(e: KeyboardEvent) => OPENING_KEYS.has(e.key) && open()}
    />
  );
  if (!shown) return standIn;
  return (
    <Suspense fallback={standIn}>
      <MantineSelect
        {...props}
        autoFocus={props.autoFocus || focused.current || wantsOpen.current}
        defaultDropdownOpened={props.defaultDropdownOpened || wantsOpen.current}
      />
    </Suspense>
  );
}
