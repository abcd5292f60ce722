import { useSyncExternalStore } from 'react';

/** A tiny external store: a value, a setter and a hook, for app-wide state outside React Query. */
export function createStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  };
  return {
    get: () => value,
    set(next: T) {
      if (Object.is(next, value)) return;
      value = next;
      for (const l of listeners) l();
    },
    subscribe,
    use: (): T =>
      useSyncExternalStore(
        subscribe,
        () => value,
        () => value,
      ),
  };
}

/** A store whose value is remembered in localStorage. */
export function createPersistedStore<T extends string>(key: string, initial: T, allowed: readonly T[]) {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(key);
  } catch {
    // Private mode or disabled storage: keep the default.
  }
  const store = createStore<T>(allowed.includes(stored as T) ? (stored as T) : initial);
  const set = store.set;
  store.set = (next: T) => {
    set(next);
    try {
      localStorage.setItem(key, next);
    } catch {
      // Not remembered, still applied.
    }
  };
  return store;
}
