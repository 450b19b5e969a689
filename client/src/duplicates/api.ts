import type { CompareAnswer, DismissalAnswer, DuplicatesAnswer } from '../../../contract/duplicates';
import { queryString, requestJson } from '../api/client';

// The duplicate review routes: ranked candidates, a pair side by side, dismissals.

export type { CompareAnswer, DuplicateCandidate, DuplicateReason } from '../../../contract/duplicates';

export const duplicatesApi = {
  list: (type?: string) => requestJson<DuplicatesAnswer>('GET', `/duplicates${queryString({ type, limit: 100 })}`),
  compare: (a: string, b: string) => requestJson<CompareAnswer>('GET', `/duplicates/compare${queryString({ a, b })}`),
  dismiss: (a: string, b: string) => requestJson<DismissalAnswer>('POST', '/duplicates/dismiss', { a, b }).then((d) => d.dismissal),
};
