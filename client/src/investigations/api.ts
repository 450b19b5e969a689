import type { Investigation, InvestigationCanvas, InvestigationSummary, ShareAccess } from '../../../contract/investigations';
import { queryString, requestJson } from '../api/client';

// The investigation routes of the API; the shapes are the contract's (types only).

export type { Investigation, InvestigationCanvas, InvestigationSummary, ShareAccess };

interface Shares {
  shares: Investigation['shares'];
  linkKey: string | null;
}

const one = (id: string) => `/investigations/${encodeURIComponent(id)}`;

export const investigationsApi = {
  list: () => requestJson<{ investigations: InvestigationSummary[] }>('GET', '/investigations').then((a) => a.investigations),
  get: (id: string, key?: string) => requestJson<{ investigation: Investigation }>('GET', `${one(id)}${queryString({ key })}`).then((a) => a.investigation),
  create: (name: string, notes: string, canvas: InvestigationCanvas) =>
    requestJson<{ investigation: Investigation }>('POST', '/investigations', { name, notes, canvas }).then((a) => a.investigation),
  update: (id: string, version: number, change: { name?: string; notes?: string; canvas?: InvestigationCanvas }) =>
    requestJson<{ investigation: Investigation }>('PATCH', one(id), { version, ...change }).then((a) => a.investigation),
  share: (id: string, username: string, access: ShareAccess) =>
    requestJson<Shares>('PUT', `${one(id)}/shares/${encodeURIComponent(username)}`, { access }),
  unshare: (id: string, username: string) => requestJson<Shares>('DELETE', `${one(id)}/shares/${encodeURIComponent(username)}`),
  link: (id: string) => requestJson<Shares>('POST', `${one(id)}/link`),
  unlink: (id: string) => requestJson<Shares>('DELETE', `${one(id)}/link`),
};

/** The address that opens an investigation in the explorer (with its link's key, for others). */
export function investigationUrl(id: string, key?: string | null): string {
  return `${window.location.origin}/${queryString({ inv: id, key: key ?? undefined })}`;
}
