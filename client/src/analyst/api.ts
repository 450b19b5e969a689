import type { AnalystEdgeInput, Annotation, AnnotationInput, AnnotationRevision, AnnotationSummary, LoginAnswer, MeAnswer, Merge, Review, Unmerge, User } from '../../../contract/analyst';
import type { TargetKind } from '../../../contract/limits';
import { queryString, requestJson, setRequestHeader } from '../api/client';

// The analyst routes of the API: login, annotations, analyst edges, reviews, merges. The shapes
// are the contract's (types only).

export type { Role, Stance } from '../../../contract/limits';
export type { Annotation, AnnotationInput, AnnotationRevision, Review, User };

const base = (kind: TargetKind, id: string) => `/${kind === 'relation' ? 'relations' : 'entities'}/${encodeURIComponent(id)}`;
const one = (id: string) => `/annotations/${encodeURIComponent(id)}`;

/** Every write after login carries the session's CSRF token. */
function useCsrf(token: string | null): void {
  setRequestHeader('X-CSRF-Token', token);
}

export const analystApi = {
  async me(): Promise<User | null> {
    const answer = await requestJson<MeAnswer>('GET', '/auth/me');
    useCsrf(answer.csrfToken);
    return answer.user;
  },
  async login(username: string, password: string): Promise<User> {
    const answer = await requestJson<LoginAnswer>('POST', '/auth/login', { username, password });
    useCsrf(answer.csrfToken);
    return answer.user;
  },
  async logout(): Promise<void> {
    await requestJson('POST', '/auth/logout');
    useCsrf(null);
  },
  annotations: (kind: TargetKind, id: string) => requestJson<{ annotations: Annotation[] }>('GET', `${base(kind, id)}/annotations`).then((a) => a.annotations),
  annotate: (kind: TargetKind, id: string, input: AnnotationInput) =>
    requestJson<{ annotation: Annotation }>('POST', `${base(kind, id)}/annotations`, input).then((a) => a.annotation),
  edit: (id: string, version: number, input: Partial<AnnotationInput>) =>
    requestJson<{ annotation: Annotation }>('PATCH', one(id), { version, ...input }).then((a) => a.annotation),
  remove: (id: string, version: number) => requestJson<{ annotation: Annotation }>('DELETE', one(id), { version }),
  history: (id: string) => requestJson<{ revisions: AnnotationRevision[] }>('GET', `${one(id)}/history`).then((a) => a.revisions),
  summaries: (ids: string[]) =>
    requestJson<{ summaries: Record<string, AnnotationSummary> }>('GET', `/annotations/summary${queryString({ ids })}`).then((a) => a.summaries),
  reviews: (relId: string) => requestJson<{ reviews: Review[] }>('GET', `${base('relation', relId)}/reviews`).then((a) => a.reviews),
  review: (relId: string, state: Review['state'], comment: string | null) =>
    requestJson<{ review: Review }>('POST', `${base('relation', relId)}/review`, { state, comment }),
  createEdge: (input: AnalystEdgeInput) =>
    requestJson<{ relation: { id: string } }>('POST', '/relations', input).then((a) => a.relation),
  retractEdge: (relId: string) => requestJson('DELETE', base('relation', relId)),
  merge: (keepId: string, mergeId: string) =>
    requestJson<{ merge: Merge }>('POST', '/entities/merge', { keepId, mergeId }).then((a) => a.merge),
  unmerge: (id: string) => requestJson<{ unmerge: Unmerge }>('POST', `${base('entity', id)}/unmerge`),
};
