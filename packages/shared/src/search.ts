import { z } from 'zod';
import { CursorParam } from './schemas.ts';
import { INCIDENT_STATUSES } from './vocab.ts';

/** What a search result is: the incident (ticket, whys), its timeline, its retrospective, a follow-up or an alert. */
export const SEARCH_KINDS = ['incident', 'timeline', 'retro', 'followup', 'alert'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * The search window: results are ranked and facets counted over at most this many matching texts
 * (the newest the caller may read, with the filters applied); `capped` says when more match.
 */
export const SEARCH_FACET_LIMIT = 300;

/** Date facet buckets: results dated within the last day, week, month, year (cumulative). */
export const SEARCH_DATE_BUCKETS = ['day', 'week', 'month', 'year'] as const;

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1).max(200).describe('Words (all must match); "a phrase"; prefix*; -excluded; OR between alternatives'),
    kind: z
      .string()
      .max(200)
      .optional()
      .describe(`Comma-separated: ${SEARCH_KINDS.join(', ')}`),
    service: z.string().max(200).optional().describe('Service name or id'),
    severity: z.string().max(200).optional().describe('Comma-separated severity names'),
    status: z.string().max(200).optional().describe('Comma-separated incident statuses, or "active"'),
    from: z.iso.datetime({ offset: true }).optional().describe('Only results dated at or after this instant'),
    to: z.iso.datetime({ offset: true }).optional().describe('Only results dated before this instant'),
    hasRetro: z.enum(['true', 'false']).optional().describe('Only results whose incident has (or has not) a retrospective'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: CursorParam,
  })
  .meta({ examples: [{ q: 'database "connection pool" -staging', kind: 'incident,timeline', limit: 20 }] });

/** A piece of a snippet: `match` pieces are the words the query found (shown highlighted). */
export const SnippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SearchResultSchema = z.object({
  id: z.string().describe('Stable id of the matching text (source:id)'),
  kind: z.enum(SEARCH_KINDS),
  label: z.string().describe('What the text is: incident, ticket, why, a timeline entry kind, section, answer, follow_up, alert…'),
  title: z.string(),
  snippet: z.array(SnippetPart),
  incident: z.object({ ref: z.string(), title: z.string(), status: z.enum(INCIDENT_STATUSES), private: z.boolean() }).nullable(),
  alertId: z.string().nullable(),
  url: z.string().describe('Where the web app shows it'),
  at: z.string(),
  score: z.number().describe('Relevance (higher is better); comparable within one query only'),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

const FacetCount = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof FacetCount>;

export const SearchFacetsSchema = z.object({
  total: z
    .number()
    .int()
    .describe(`Matching texts the caller may read, with the filters applied; at most ${SEARCH_FACET_LIMIT} (see capped)`),
  capped: z
    .boolean()
    .describe(
      `More than ${SEARCH_FACET_LIMIT} texts match: total is ${SEARCH_FACET_LIMIT}, and the results (best first) and every count are over the ${SEARCH_FACET_LIMIT} newest matching texts`,
    ),
  kind: z.array(FacetCount),
  service: z.array(FacetCount),
  severity: z.array(FacetCount),
  status: z.array(FacetCount),
  date: z.array(FacetCount).describe('Cumulative: within the last day, week, month, year'),
  hasRetro: z.array(FacetCount),
});
export type SearchFacets = z.infer<typeof SearchFacetsSchema>;

export const SearchPageSchema = z.object({
  data: z.array(SearchResultSchema),
  nextCursor: z.string().nullable().describe('null on the last page'),
  facets: SearchFacetsSchema.describe(
    `Counted over every match (up to the ${SEARCH_FACET_LIMIT} newest, see capped), not only this page (first page only; null on later pages)`,
  ).nullable(),
});
export type SearchPage = z.infer<typeof SearchPageSchema>;
