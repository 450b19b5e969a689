import { queryString, requestJson, setRequestHeader } from '../api/client';

// The analyst routes of the API: login, annotations, analyst edges, reviews, merges.

export type Role = 'viewer' | 'analyst' | 'admin';
export type Stance = 'supports' | 'disputes' | 'note';

export interface User {
  username: string;
  role: Role;
}

export interface Annotation {
  id: string;
  targetId: string;
  targetKind: 'relation' | 'entity';
  text: string;
  stance: Stance;
  confidence: number | null;
  tags: string[];
  author: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationRevision {
  id: string;
  version: number;
  text: string;
  stance: Stance;
  editor: string;
  at: string;
  action: 'create' | 'update' | 'delete';
}

export interface Review {
  id: string;
  state: 'confirmed' | 'rejected';
  author: string;
  comment: string | null;
  at: string;
}

export interface AnnotationInput {
  text: string;
  stance: Stance;
  confidence: number | null;
  tags: string[];
}

type Kind = 'relation' | 'entity';
const base = (kind: Kind, id: string) => `/${kind === 'relation' ? 'relations' : 'entities'}/${encodeURIComponent(id)}`;
const one = (id: string) => `/annotations/${encodeURIComponent(id)}`;

/** Every write after login carries the session's CSRF token. */
function useCsrf(token: string | null): void {
  setRequestHeader('X-CSRF-Token', token);
}

export const analystApi = {
  async me(): Promise<User | null> {
    const answer = await requestJson<{ user: User | null; csrfToken: string | null }>('GET', '/auth/me');
    useCsrf(answer.csrfToken);
    return answer.user;
  },
  async login(username: string, password: string): Promise<User> {
    const answer = await requestJson<{ user: User; csrfToken: string }>('POST', '/auth/login', { username, password });
    useCsrf(answer.csrfToken);
    return answer.user;
  },
  async logout(): Promise<void> {
    await requestJson('POST', '/auth/logout');
    useCsrf(null);
  },
  annotations: (kind: Kind, id: string) => requestJson<{ annotations: Annotation[] }>('GET', `${base(kind, id)}/annotations`).then((a) => a.annotations),
  annotate: (kind: Kind, id: string, input: AnnotationInput) =>
    requestJson<{ annotation: Annotation }>('POST', `${base(kind, id)}/annotations`, input).then((a) => a.annotation),
  edit: (id: string, version: number, input: Partial<AnnotationInput>) =>
    requestJson<{ annotation: Annotation }>('PATCH', one(id), { version, ...input }).then((a) => a.annotation),
  remove: (id: string, version: number) => requestJson<{ annotation: Annotation }>('DELETE', one(id), { version }),
  history: (id: string) => requestJson<{ revisions: AnnotationRevision[] }>('GET', `${one(id)}/history`).then((a) => a.revisions),
  summaries: (ids: string[]) =>
    requestJson<{ summaries: Record<string, { count: number; stances: Stance[] }> }>('GET', `/annotations/summary${queryString({ ids })}`).then((a) => a.summaries),
  reviews: (relId: string) => requestJson<{ reviews: Review[] }>('GET', `${base('relation', relId)}/reviews`).then((a) => a.reviews),
  review: (relId: string, state: Review['state'], comment: string | null) =>
    requestJson<{ review: Review }>('POST', `${base('relation', relId)}/review`, { state, comment }),
  createEdge: (input: { type: string; source: string; target: string; justification: string; sourceUrl: string | null }) =>
    requestJson<{ relation: { id: string } }>('POST', '/relations', input).then((a) => a.relation),
  retractEdge: (relId: string) => requestJson('DELETE', base('relation', relId)),
  merge: (keepId: string, mergeId: string) =>
    requestJson<{ merge: { mergeId: string; movedEdges: number } }>('POST', '/entities/merge', { keepId, mergeId }).then((a) => a.merge),
  unmerge: (id: string) => requestJson<{ unmerge: { restoredId: string; keepId: string } }>('POST', `${base('entity', id)}/unmerge`),
};
