import type { ReplayView } from '@firebreak/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getData, qs } from './client.ts';

/** The incident as it looked at `at`; the previous moment stays on screen while the next loads. */
export const useReplay = (ref: string, at: string | null) =>
  useQuery({
    queryKey: ['replay', ref.toUpperCase(), at],
    queryFn: ({ signal }) => getData<ReplayView>(`/incidents/${encodeURIComponent(ref)}/replay${qs({ at })}`, signal),
    placeholderData: keepPreviousData,
  });
