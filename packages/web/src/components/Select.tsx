import { ComboboxChevron, type SelectProps, TextInput } from '@mantine/core';
import { useInViewport } from '@mantine/hooks';
import { type ComponentType, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { loadOnce } from './loadOnce.ts';

// Mantine's Select brings the whole combobox (dropdown, options, scroll area): code no page needs for
// its first paint. This Select takes the same props; until it has been on screen (or touched) it is a
// read-only input drawn exactly like a closed select. Its code (a chunk of its own) is fetched then, and
// only once it is there does the real select take the stand-in's place, in one render, with the same
// size and text, and with the focus if the stand-in had it, so nothing moves or blinks. Incident page
// sections use it (docs/ARCHITECTURE.md).
const real = loadOnce(() => import('./mantineSelect.ts').then((m) => m.Select as ComponentType<SelectProps>));

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
  const [ready, setReady] = useState(real.current() !== null);
  // What the person did to the stand-in before the real select arrived: it carries on from there.
  const focused = useRef(false);
  const wantsOpen = useRef(false);
  const start = () => {
    if (!ready) void real.load().then(() => setReady(true));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: `start` only reads `ready`, listed
  useEffect(() => {
    if (inViewport) start();
  }, [inViewport, ready]);
  const Real = ready ? real.current() : null;
  if (Real) {
    return (
      <Real
        {...props}
        autoFocus={props.autoFocus || focused.current || wantsOpen.current}
        defaultDropdownOpened={props.defaultDropdownOpened || wantsOpen.current}
      />
    );
  }
  const size = props.size ?? 'sm';
  return (
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
        start();
      }}
      onBlur={() => {
        focused.current = false;
      }}
      onPointerDown={start}
      // Opening waits for the click, so a select that arrives mid-press is never toggled shut by it.
      onClick={() => {
        wantsOpen.current = true;
        start();
      }}
      onKeyDown={(e: KeyboardEvent) => {
        if (!OPENING_KEYS.has(e.key)) return;
        wantsOpen.current = true;
        start();
      }}
    />
  );
}
