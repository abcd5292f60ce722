import { useQuery } from '@tanstack/react-query';
import { getData } from '../api/client.ts';
import { keys } from '../api/queries.ts';
import type { User } from '../api/types.ts';

/** The signed-in user; a 401 means "go sign in" and is not retried. */
export const useMe = () =>
  useQuery({ queryKey: keys.me, queryFn: ({ signal }) => getData<User>('/me', signal), retry: false, staleTime: 5 * 60_000 });

/** The current user, for components rendered only inside the signed-in shell. */
export function useUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useUser outside the signed-in shell');
  return data;
}

export const canWork = (u: User | undefined) => u?.role === 'admin' || u?.role === 'responder';
