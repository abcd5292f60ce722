import type { ReactNode } from 'react';
import { createStore } from '../lib/store.ts';

/** The declare dialog is global: header button, the D key and the command palette all open it. */
export const declareOpen = createStore(false);
export const openDeclare = () => declareOpen.set(true);

export type PaletteAction = {
  id: string;
  label: string;
  description?: string;
  group: string;
  icon?: ReactNode;
  run: () => void;
  keywords?: string[];
};

/** Actions pages offer to the command palette while shown (change status, post update…), by source. */
const sources = createStore<Record<string, PaletteAction[]>>({});

export const pageActions = {
  set(source: string, actions: PaletteAction[]) {
    sources.set({ ...sources.get(), [source]: actions });
  },
  clear(source: string) {
    const { [source]: _gone, ...rest } = sources.get();
    sources.set(rest);
  },
  use(): PaletteAction[] {
    return Object.values(sources.use()).flat();
  },
};

/** Each request to open the command palette; its code loads on the first one (Ctrl/Cmd-K). */
export const paletteRequests = createStore(0);
export const openPalette = () => paletteRequests.set(paletteRequests.get() + 1);
