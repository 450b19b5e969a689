import type { AuditAnswer, AuditFacets } from '../../../contract/analyst';
import { queryString, requestJson } from '../api/client';

// The admins' audit routes; the shapes are the contract's (types only).

export type { AuditAnswer, AuditFacets };
export type { AuditEvent } from '../../../contract/analyst';

export interface AuditFilter {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export const auditApi = {
  events: (filter: AuditFilter) => requestJson<AuditAnswer>('GET', `/audit${queryString({ ...filter })}`),
  facets: () => requestJson<AuditFacets>('GET', '/audit/facets'),
};
