import { useState } from 'react';

/**
 * True from the first time `opened` is true on, for good: a lazily loaded drawer is mounted from its
 * first opening (so it can animate closed afterwards), never before.
 */
export function useOpenedOnce(opened: boolean): boolean {
  const [seen, setSeen] = useState(opened);
  if (opened && !seen) setSeen(true);
  return seen || opened;
}
