import type {
  DocumentDetail,
  EdgesAnswer,
  EdgesQuery,
  EntityDetail,
  NeighborCounts,
  NeighborCountsQuery,
  Neighborhood,
  NeighborhoodQuery,
  PathQuery,
  PathsResult,
  RelationDetail,
  Schema,
  SearchFacets,
  SearchResult,
} from './types';

export type { NeighborhoodQuery, PathQuery };

export interface SearchOptions {
  types?: string[];
  limit?: number;
  /** Narrow to entities mentioned in documents in these languages, or in these documents. */
  langs?: string[];
  documents?: string[];
  /** Ask for the counts by type, language and document too. */
  facets?: boolean;
}

/** An API answer that was not a success, with the server's own words when it gave them. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

/** Builds "?a=1&b=x,y", leaving out empty values so the server applies its defaults. */
export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Extra headers other modules may need on every request (e.g. a CSRF token once logged in). */
const extraHeaders = new Map<string, string>();
export function setRequestHeader(name: string, value: string | null): void {
  if (value === null) extraHeaders.delete(name);
  else extraHeaders.set(name, value);
}

/** fetch + JSON + the {"error":{code,message}} convention turned into ApiRequestError. */
export async function requestJson<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  for (const [name, value] of extraHeaders) headers[name] = value;
  // A form (an upload) sets its own multipart type and boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiRequestError(0, 'network', 'The server did not answer. Check that it is running.');
  }
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text ? JSON.parse(text) : null;
  } catch {
    payload = null;
  }
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string } } | null)?.error;
    const fallback =
      response.status === 503
        ? 'The graph database is not available right now.'
        : `The server answered ${response.status} ${response.statusText}.`;
    throw new ApiRequestError(response.status, error?.code ?? 'http_error', error?.message ?? fallback);
  }
  return payload as T;
}

const get = <T>(path: string, signal?: AbortSignal) => requestJson<T>('GET', path, undefined, signal);
const id = encodeURIComponent;

/** The explorer's only door to the data. */
export const api = {
  schema: () => get<Schema>('/schema'),
  search: (q: string, options: SearchOptions = {}, signal?: AbortSignal) =>
    get<{ results: SearchResult[]; facets?: SearchFacets }>(`/search${queryString({ q, ...options, facets: options.facets || undefined })}`, signal),
  entity: (entityId: string) => get<EntityDetail>(`/entities/${id(entityId)}`),
  neighborhood: (entityId: string, query: NeighborhoodQuery = {}) =>
    get<Neighborhood>(`/entities/${id(entityId)}/neighborhood${queryString({ ...query })}`),
  /** How many neighbours an expansion would draw (asked before expanding a hub). */
  neighborCounts: (entityId: string, query: NeighborCountsQuery = {}) =>
    get<NeighborCounts>(`/entities/${id(entityId)}/neighbor-counts${queryString({ ...query })}`),
  /** The edges among entities (and from them to others) under the edge filters. */
  edges: (query: EdgesQuery) => get<EdgesAnswer>(`/edges${queryString({ ...query })}`),
  paths: (query: PathQuery) => get<PathsResult>(`/paths${queryString({ ...query })}`),
  relation: (relId: string) => get<RelationDetail>(`/relations/${id(relId)}`),
  document: (documentId: string, from = 0) => get<DocumentDetail>(`/documents/${id(documentId)}${from > 0 ? `?from=${from}` : ''}`),
};
