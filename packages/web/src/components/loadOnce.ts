/**
 * Code fetched once, on first need (a chunk of its own): `load()` starts the fetch the first time and returns
 * the same promise after; `current()` is what arrived, or null until then. The stand-in components
 * (Select.tsx, Menu.tsx) use it to swap in Mantine's parts only when someone is about to use them.
 */
export function loadOnce<T>(fetch: () => Promise<T>): { current: () => T | null; load: () => Promise<T> } {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    current: () => value,
    load: () => {
      loading ??= fetch().then((v) => {
        value = v;
        return v;
      });
      return loading;
    },
  };
}
