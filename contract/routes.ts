import type { z } from 'zod';
import { readerQuery } from './reader';
import * as analyst from './analyst';
import * as documents from './documents';
import * as investigations from './investigations';
import * as duplicates from './duplicates';
import { reviewListMax, type Role } from './limits';
import { elements, entitySummary, evidence, relation, sourceRef } from './explore';
import * as answers from './exploreAnswers';
import { edgesQuery, exportQuery, neighborCountsQuery, neighborhoodQuery, pathsQuery, searchQuery } from './exploreQueries';

/**
 * Every route of the API (under /api), with the schemas it reads and answers with. The server
 * validates with these schemas and builds its OpenAPI document from this table.
 */
export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form, under /api: /entities/{id}. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  query?: z.ZodType;
  body?: z.ZodType;
  answer?: z.ZodType;
  /** The success status when not 200. */
  status?: number;
  /** The multipart field of uploaded files (instead of a JSON `body`). */
  upload?: string;
  /** Media types of a file answer (instead of a JSON `answer`). */
  files?: string[];
  errors: number[];
  /** A write: a session cookie plus X-CSRF-Token, or a Bearer API token made with the write scope. */
  write?: boolean;
  /**
   * The role an account needs to call it; none: anyone (reads are open unless
   * AUTH_REQUIRED_FOR_READS). The server checks it before the route reads its input, and the red
   * team's authorisation matrix and the tests read it from here.
   */
  role?: Role;
}

/** The shared shapes, named in the OpenAPI components. */
export const namedShapes: Record<string, z.ZodType> = {
  EntitySummary: entitySummary,
  Relation: relation,
  Source: sourceRef,
  Evidence: evidence,
  Elements: elements,
  User: analyst.user,
  Annotation: analyst.annotation,
  AnnotationRevision: analyst.annotationRevision,
  Review: analyst.review,
  AuditEvent: analyst.auditEvent,
  Investigation: investigations.investigation,
  UploadJob: documents.job,
};

const writeErrors = [400, 401, 403, 503];

export const apiRoutes: ApiRoute[] = [
  { method: 'get', path: '/health', operationId: 'health', summary: 'Neo4j version, database and counts', answer: answers.healthAnswer, errors: [503] },
  { method: 'get', path: '/openapi.json', operationId: 'openApi', summary: 'This document', errors: [] },
  {
    method: 'get', path: '/search', operationId: 'search', summary: 'Entities by name or alias in any script (exact and prefix matches first)',
    query: searchQuery, answer: answers.searchAnswer, errors: [400, 503],
  },
  {
    method: 'get', path: '/entities/{id}', operationId: 'entity', summary: 'One entity, its degree by relationship type and the documents that mention it',
    answer: answers.entityDetail, errors: [400, 404, 503],
  },
  {
    method: 'get', path: '/entities/{id}/neighborhood', operationId: 'neighborhood', summary: 'Cytoscape elements within depth hops of the entity (center included)',
    description: 'The year range is fromYear/toYear, as on /paths; the older from/to are still accepted here (fromYear/toYear win when both are given).',
    query: neighborhoodQuery, answer: answers.neighborhood, errors: [400, 404, 429, 503],
  },
  {
    method: 'get', path: '/entities/{id}/neighbor-counts', operationId: 'neighborCounts', summary: 'How many neighbours an expansion would draw, per relationship type and entity type (no node data)',
    description: 'Lets a client ask how to expand a hub (by type, order, top N) before drawing it.',
    query: neighborCountsQuery, answer: answers.neighborCounts, errors: [400, 404, 503],
  },
  {
    method: 'get', path: '/edges', operationId: 'edgesAmong', summary: 'The edges among entities (and from them to others), under the edge filters, as Cytoscape edges',
    description: 'What a canvas draws when nodes join it: every edge between two entities on it, whatever brought them there.',
    query: edgesQuery, answer: answers.edgesAnswer, errors: [400, 503],
  },
  {
    method: 'get', path: '/paths', operationId: 'paths', summary: 'Paths between two entities, each hop with its relation, evidence and a plain sentence',
    query: pathsQuery, answer: answers.pathsAnswer, errors: [400, 404, 429, 503],
  },
  { method: 'get', path: '/relations/{id}', operationId: 'relation', summary: 'One edge with both ends and all its evidence', answer: answers.relationDetail, errors: [400, 404, 503] },
  {
    method: 'get', path: '/documents', operationId: 'documents', summary: 'The document library: every document with its provenance and counts, filtered and sorted',
    query: documents.libraryQuery, answer: documents.libraryAnswer, errors: [400, 503],
  },
  {
    method: 'delete', path: '/documents/{id}', operationId: 'removeDocument',
    summary: 'Remove a document: its evidence, and edges and entities no other document supports; analyst data stays',
    write: true, role: 'analyst', answer: documents.removalAnswer, errors: [...writeErrors, 404],
  },
  {
    method: 'get', path: '/documents/{id}', operationId: 'document', summary: 'A page of a document text with its mention and evidence spans, layout and sources (offsets into the whole text)',
    query: readerQuery, answer: answers.documentDetail, errors: [400, 404, 429, 503],
  },
  {
    method: 'post', path: '/documents', operationId: 'uploadDocuments', summary: 'Upload documents: a job that ingests them one after another (202 with the job)',
    description: 'Limits: UPLOAD_MAX_FILE_MB, UPLOAD_MAX_FILES, UPLOAD_MAX_TOTAL_MB (413 past any). Follow the job at /jobs/{id}.',
    write: true, role: 'analyst', upload: 'files', answer: documents.jobAnswer, status: 202, errors: [...writeErrors, 413],
  },
  {
    method: 'get', path: '/jobs/{id}', operationId: 'uploadJob', summary: 'An upload job: its state and each file\'s progress and outcome (ingested, or skipped with the reason)',
    answer: documents.jobAnswer, role: 'viewer', errors: [400, 401, 404, 503],
  },
  {
    method: 'get', path: '/schema', operationId: 'schema', summary: 'Entity and relationship types with styles and counts, and the span of years',
    answer: answers.schemaAnswer, errors: [503],
  },
  {
    method: 'get', path: '/stats', operationId: 'stats', summary: 'Counts of documents, entities and relationships by type, evidence, sources, annotations',
    answer: answers.statsAnswer, errors: [503],
  },
  {
    method: 'get', path: '/export', operationId: 'export', summary: 'The graph or a selection as a file (JSON nodes+edges, GraphML, GEXF, or CSV of edges)',
    description: 'The header X-Export-Truncated: true says the graph was larger than an export holds.',
    query: exportQuery, files: ['application/json', 'application/graphml+xml', 'application/gexf+xml', 'text/csv'], errors: [400, 429, 503],
  },
  {
    method: 'post', path: '/auth/login', operationId: 'login', summary: 'Log in: sets the HTTP-only session cookie and returns the CSRF token for writes',
    body: analyst.loginBody, answer: analyst.loginAnswer, errors: [400, 401, 429, 503],
  },
  { method: 'post', path: '/auth/logout', operationId: 'logout', summary: 'End the session', write: true, answer: analyst.logoutAnswer, errors: [403] },
  { method: 'get', path: '/auth/me', operationId: 'me', summary: 'Who is logged in, and the CSRF token for this session', answer: analyst.meAnswer, errors: [] },
  ...(['relation', 'entity'] as const).flatMap((kind): ApiRoute[] => [
    {
      method: 'get', path: `/${kind === 'relation' ? 'relations' : 'entities'}/{id}/annotations`, operationId: `${kind}Annotations`,
      summary: `Live annotations on a ${kind}, oldest first`, answer: analyst.annotationsAnswer, errors: [400, 503],
    },
    {
      method: 'post', path: `/${kind === 'relation' ? 'relations' : 'entities'}/{id}/annotations`, operationId: `annotate${kind === 'relation' ? 'Relation' : 'Entity'}`,
      summary: `Annotate a ${kind}`, write: true, role: 'analyst', body: analyst.annotationBody, answer: analyst.annotationAnswer, status: 201, errors: [...writeErrors, 404],
    },
  ]),
  {
    method: 'get', path: '/annotations/summary', operationId: 'annotationSummaries', summary: 'Annotation count and stances per target id (for badges)',
    query: analyst.summaryQuery, answer: analyst.summaryAnswer, errors: [400],
  },
  {
    method: 'get', path: '/annotations/unsupported', operationId: 'unsupportedAnnotations',
    summary: 'Annotations on edges no longer supported by any document (their document was removed)', answer: documents.unsupportedAnswer, errors: [503],
  },
  { method: 'get', path: '/annotations/{id}/history', operationId: 'annotationHistory', summary: 'Every revision: who, what, when', answer: analyst.historyAnswer, role: 'viewer', errors: [400, 404] },
  {
    method: 'patch', path: '/annotations/{id}', operationId: 'editAnnotation', summary: 'Edit an annotation (author or admin); a stale version is 409',
    write: true, role: 'analyst', body: analyst.annotationPatchBody, answer: analyst.annotationAnswer, errors: [...writeErrors, 404, 409],
  },
  {
    method: 'delete', path: '/annotations/{id}', operationId: 'deleteAnnotation', summary: 'Delete an annotation (kept in its history)',
    description: 'The version may also travel as ?version= (some clients drop DELETE bodies).',
    write: true, role: 'analyst', body: analyst.annotationDeleteBody, answer: analyst.annotationAnswer, errors: [...writeErrors, 404, 409],
  },
  {
    method: 'post', path: '/relations', operationId: 'assertRelation', summary: "Assert an analyst's edge (origin analyst, confidence 1)",
    write: true, role: 'analyst', body: analyst.analystEdgeBody, answer: analyst.relationAnswer, status: 201, errors: writeErrors,
  },
  {
    method: 'delete', path: '/relations/{id}', operationId: 'retractRelation', summary: "Retract an analyst's edge (kept, with retractedAt, hidden by default)",
    write: true, role: 'analyst', answer: analyst.retractAnswer, errors: [...writeErrors, 404, 409],
  },
  {
    method: 'post', path: '/relations/{id}/review', operationId: 'reviewRelation', summary: 'Confirm or reject an edge (the newest review is its state)',
    write: true, role: 'analyst', body: analyst.reviewBody, answer: analyst.reviewAnswer, status: 201, errors: [...writeErrors, 404],
  },
  { method: 'get', path: '/relations/{id}/reviews', operationId: 'relationReviews', summary: `The newest reviews of an edge, newest first (at most ${reviewListMax}; every review is kept)`, answer: analyst.reviewsAnswer, errors: [400] },
  {
    method: 'post', path: '/entities/merge', operationId: 'mergeEntities', summary: 'Merge mergeId into keepId (undo with unmerge)',
    write: true, role: 'analyst', body: analyst.mergeBody, answer: analyst.mergeAnswer, status: 201, errors: [...writeErrors, 404],
  },
  {
    method: 'post', path: '/entities/{id}/unmerge', operationId: 'unmergeEntity', summary: 'Undo the newest merge of this entity',
    write: true, role: 'analyst', answer: analyst.unmergeAnswer, errors: [...writeErrors, 404, 409],
  },
  {
    method: 'get', path: '/duplicates', operationId: 'duplicates', summary: 'Candidate pairs for merging, best first, each with its reasons (dismissed pairs left out)',
    query: duplicates.duplicatesQuery, answer: duplicates.duplicatesAnswer, role: 'analyst', errors: [400, 401, 403, 503],
  },
  {
    method: 'get', path: '/duplicates/compare', operationId: 'compareDuplicates', summary: 'Two entities side by side: names, documents, evidence sentences, neighbours',
    query: duplicates.pairQuery, answer: duplicates.compareAnswer, role: 'analyst', errors: [400, 401, 403, 404, 503],
  },
  {
    method: 'post', path: '/duplicates/dismiss', operationId: 'dismissDuplicate', summary: 'Mark two entities as not duplicates: the pair is never offered again (audited)',
    write: true, role: 'analyst', body: duplicates.pairBody, answer: duplicates.dismissalAnswer, status: 201, errors: [400, 401, 403, 404, 503],
  },
  {
    method: 'get', path: '/audit', operationId: 'audit', summary: 'Audit events, newest first, filtered by user, action, target and date (admins)',
    query: analyst.auditQuery, answer: analyst.auditAnswer, role: 'admin', errors: [400, 401, 403],
  },
  {
    method: 'get', path: '/audit/facets', operationId: 'auditFacets', summary: 'Every user and action in the audit log, for its filters (admins)',
    answer: analyst.auditFacetsAnswer, role: 'admin', errors: [401, 403],
  },
  {
    method: 'get', path: '/investigations', operationId: 'investigations', summary: 'Your investigations and those shared with you, most recently changed first',
    answer: investigations.investigationsAnswer, role: 'viewer', errors: [401, 503],
  },
  {
    method: 'post', path: '/investigations', operationId: 'createInvestigation', summary: 'Save the canvas as a named investigation (nodes, positions, filters, pinned paths, notes)',
    write: true, role: 'analyst', body: investigations.investigationCreateBody, answer: investigations.investigationAnswer, status: 201, errors: writeErrors,
  },
  {
    method: 'get', path: '/investigations/{id}', operationId: 'investigation', summary: 'One investigation, as it was saved (owner, shared accounts, or ?key= of its link)',
    query: investigations.linkQuery, answer: investigations.investigationAnswer, role: 'viewer', errors: [400, 401, 403, 404, 503],
  },
  {
    method: 'patch', path: '/investigations/{id}', operationId: 'updateInvestigation', summary: 'Change its name, notes or canvas (owner or editors); a stale version is 409',
    write: true, role: 'analyst', body: investigations.investigationUpdateBody, answer: investigations.investigationAnswer, errors: [...writeErrors, 404, 409],
  },
  {
    method: 'delete', path: '/investigations/{id}', operationId: 'deleteInvestigation', summary: 'Delete an investigation (owner only)',
    write: true, role: 'analyst', answer: investigations.deletedAnswer, errors: [...writeErrors, 404],
  },
  {
    method: 'put', path: '/investigations/{id}/shares/{username}', operationId: 'shareInvestigation', summary: 'Share with an account, to read or edit (owner only)',
    write: true, role: 'analyst', body: investigations.shareBody, answer: investigations.sharesAnswer, errors: [...writeErrors, 404],
  },
  {
    method: 'delete', path: '/investigations/{id}/shares/{username}', operationId: 'unshareInvestigation', summary: 'Stop sharing with an account (owner only)',
    write: true, role: 'analyst', answer: investigations.sharesAnswer, errors: [...writeErrors, 404],
  },
  {
    method: 'post', path: '/investigations/{id}/link', operationId: 'linkInvestigation', summary: 'Make a secret link that opens it read-only to any account (a new one replaces the old)',
    write: true, role: 'analyst', body: investigations.linkBody, answer: investigations.sharesAnswer, errors: [...writeErrors, 404],
  },
  {
    method: 'delete', path: '/investigations/{id}/link', operationId: 'unlinkInvestigation', summary: 'Revoke the secret link',
    write: true, role: 'analyst', answer: investigations.sharesAnswer, errors: [...writeErrors, 404],
  },
];
