import type { Menu as MantineMenuType, MenuProps } from '@mantine/core';
import {
  Children,
  cloneElement,
  type FocusEvent,
  isValidElement,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  useEffect,
  useRef,
  useState,
} from 'react';
import { loadOnce } from './loadOnce.ts';

// Mantine's Menu (items, keyboard handling, sub-menus): code no page needs until someone opens a menu.
// This Menu has the same parts (Target, Dropdown, Item, Label, Divider). Until it is first opened it
// draws only its target, unchanged; pointing at or focusing the target fetches the code, and the
// click (or Enter) that opens it brings in the real menu, open, with the same target. Only the click
// swaps them, so a hover can never move the button from under a press. See docs/ARCHITECTURE.md.
type Real = typeof MantineMenuType;
const real = loadOnce((): Promise<Real> => import('./mantineMenu.ts').then((m) => m.Menu));

/** Marks the element that opens the menu, as Mantine's Menu.Target does. */
function Target({ children }: { children: ReactElement }) {
  return children;
}

type TargetProps = {
  ref?: Ref<HTMLElement>;
  onPointerEnter?: (e: MouseEvent) => void;
  onFocus?: (e: FocusEvent) => void;
  onBlur?: (e: FocusEvent) => void;
  onClick?: (e: MouseEvent) => void;
};

function Menu({ children, ...props }: MenuProps) {
  const [ready, setReady] = useState(real.current() !== null);
  const focused = useRef(false);
  const wantsOpen = useRef(false);
  const targetRef = useRef<HTMLElement>(null);
  let target: ReactElement<TargetProps> | null = null;
  const rest: ReactNode[] = [];
  Children.forEach(children, (c) => {
    if (isValidElement<{ children: ReactElement<TargetProps> }>(c) && c.type === Target) target = c.props.children;
    else rest.push(c);
  });
  // A target that had the keyboard's focus keeps it when the real menu takes over (Enter opened it).
  useEffect(() => {
    if (ready && focused.current && (!document.activeElement || document.activeElement === document.body)) targetRef.current?.focus();
  }, [ready]);
  if (!target) return null;
  const own: TargetProps = (target as ReactElement<TargetProps>).props;
  const R = ready ? real.current() : null;
  if (!R) {
    return cloneElement(target as ReactElement<TargetProps & Record<string, unknown>>, {
      ref: targetRef,
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      onPointerEnter: (e: MouseEvent) => {
        own.onPointerEnter?.(e);
        void real.load();
      },
      onFocus: (e: FocusEvent) => {
        own.onFocus?.(e);
        focused.current = true;
        void real.load();
      },
      onBlur: (e: FocusEvent) => {
        own.onBlur?.(e);
        focused.current = false;
      },
      onClick: (e: MouseEvent) => {
        own.onClick?.(e);
        wantsOpen.current = true;
        void real.load().then(() => setReady(true));
      },
    });
  }
  return (
    <R {...props} defaultOpened={props.defaultOpened || wantsOpen.current}>
      <R.Target>{cloneElement(target as ReactElement<TargetProps>, { ref: targetRef })}</R.Target>
      {rest}
    </R>
  );
}

// The parts inside the dropdown only ever render once the real menu is there.
const part =
  <K extends 'Dropdown' | 'Item' | 'Label' | 'Divider'>(key: K) =>
  (props: Record<string, unknown>) => {
    const Part = (real.current() as Real)[key] as (p: Record<string, unknown>) => ReactNode;
    return <Part {...props} />;
  };

const LazyMenu = Object.assign(Menu, {
  Target,
  Dropdown: part('Dropdown') as unknown as Real['Dropdown'],
  Item: part('Item') as unknown as Real['Item'],
  Label: part('Label') as unknown as Real['Label'],
  Divider: part('Divider') as unknown as Real['Divider'],
});

export { LazyMenu as Menu };
