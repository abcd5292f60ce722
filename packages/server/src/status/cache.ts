import type { Tx } from '../platform/context.ts';

/** The bus event that drops every instance's copy of the public page (`cache status-page`). */
export const CACHE_NAME = 'status-page';

/** Says, inside a change's transaction, that the public page changed: published after the commit (PG NOTIFY across a fleet). */
export const changed = (tx: Tx): void => void tx.events.push({ type: 'cache', name: CACHE_NAME });
