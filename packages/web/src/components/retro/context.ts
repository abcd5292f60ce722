import { createContext, useContext } from 'react';

/**
 * How the page addresses its retrospective (the id or the incident reference from the URL): every
 * call and cache key uses the same string, so writes land in the cache entry the page reads.
 */
export const RetroRef = createContext('');
export const useRetroRef = () => useContext(RetroRef);
