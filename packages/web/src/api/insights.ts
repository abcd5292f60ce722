import type { Insights, InsightsQueryInput } from '@firebreak/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getData, qs } from './client.ts';

export type InsightFilters = Omit<InsightsQueryInput, 'period'> & { period: 'week' | 'month' };

/** Insights for a range and filters; the previous figures stay on screen while new ones load. */
export const useInsights = (f: InsightFilters) =>
  useQuery({
    queryKey: ['insights', f],
    queryFn: ({ signal }) => getData<Insights>(`/insights${qs(f)}`, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/** Where the CSV of one table is downloaded (the session cookie signs the request). */
export const insightsCsvUrl = (f: InsightFilters, table: string) => `/api/v1/insights.csv${qs({ ...f, table })}`;
