import { z } from 'zod';
import { entityTypeNames, relationshipTypeNames } from './ontology';
import { idSchema } from './wire';

/**
 * Investigations: a named canvas an analyst keeps — the nodes where they stood, the filters,
 * pinned nodes and paths, notes — shared with other accounts (read or edit) or by a secret link.
 */

export const investigationLimits = {
  nameMax: 200,
  notesMax: 20_000,
  nodesMax: 1000,
  pinnedPathsMax: 50,
  pathLengthMax: 20,
  sharesMax: 100,
} as const;

export const accessLevels = ['read', 'edit'] as const;
export type ShareAccess = (typeof accessLevels)[number];
/** What the caller may do with an investigation: its owner, an account it is shared with, or a link holder. */
export type InvestigationAccess = 'owner' | ShareAccess;

const coordinate = z.number({ error: 'expected a finite number' }).min(-1e7).max(1e7);
const ids = (max: number) => z.array(idSchema, { error: 'expected a list of ids' }).max(max);
const year = z.int({ error: 'expected a year' }).min(1000).max(2999).nullable();

export const canvasNode = z.object({ id: idSchema, x: coordinate, y: coordinate });

export const pinnedPath = z.object({
  from: idSchema,
  to: idSchema,
  nodes: ids(investigationLimits.pathLengthMax + 1),
  edges: ids(investigationLimits.pathLengthMax),
});

export const canvasFilters = z.object({
  types: z.array(z.enum(entityTypeNames as [string, ...string[]], { error: `expected one of ${entityTypeNames.join(', ')}` })).max(50),
  rels: z.array(z.enum(relationshipTypeNames as [string, ...string[]], { error: `expected one of ${relationshipTypeNames.join(', ')}` })).max(100),
  from: year,
  to: year,
  minConfidence: z.number({ error: 'expected a number from 0 to 1' }).min(0).max(1),
  inferred: z.boolean({ error: 'expected true or false' }),
});

/** The canvas as it was left: reopening it draws these nodes at these positions, no layout. */
export const investigationCanvas = z.object({
  nodes: z.array(canvasNode, { error: 'expected a list of nodes' }).max(investigationLimits.nodesMax),
  expanded: ids(investigationLimits.nodesMax),
  hidden: ids(investigationLimits.nodesMax),
  pinned: ids(investigationLimits.nodesMax),
  pinnedPaths: z.array(pinnedPath).max(investigationLimits.pinnedPathsMax),
  selected: idSchema.nullable(),
  filters: canvasFilters,
  lang: z.enum(['zh', 'en']),
  layout: z.enum(['fcose', 'concentric', 'breadthfirst']),
  viewport: z.object({ zoom: z.number().min(1e-3).max(1e3), pan: z.object({ x: coordinate, y: coordinate }) }),
});
export type InvestigationCanvas = z.infer<typeof investigationCanvas>;

const name = z.string({ error: 'expected text' }).trim().min(1, { error: 'give the investigation a name' }).max(investigationLimits.nameMax);
const notes = z.string({ error: 'expected text' }).max(investigationLimits.notesMax);

export const investigationCreateBody = z.object({ name, notes: notes.optional().default(''), canvas: investigationCanvas });
export type InvestigationCreate = z.output<typeof investigationCreateBody>;

export const investigationUpdateBody = z.object({
  version: z.int({ error: 'expected the integer version you edited' }).min(1).describe('The version you edited; a stale one is 409.'),
  name: name.optional(),
  notes: notes.optional(),
  canvas: investigationCanvas.optional(),
});
export type InvestigationUpdate = z.output<typeof investigationUpdateBody>;

export const shareParams = z.object({ id: idSchema, username: z.string().min(1).max(100) });
export const shareBody = z.object({ access: z.enum(accessLevels, { error: 'expected read or edit' }) });
/** Making a link takes no fields: each call makes a new secret, and the old one stops working. */
export const linkBody = z.object({});
export const linkQuery = z.object({ key: z.string({ error: 'expected a single key' }).regex(/^[A-Za-z0-9_-]{16,100}$/, { error: 'expected the key of a shared link' }).optional() });

export const share = z.object({ username: z.string(), access: z.enum(accessLevels) });
export const investigation = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  notes: z.string(),
  canvas: investigationCanvas,
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  access: z.enum(['owner', ...accessLevels]).describe('What you may do: owner (everything), edit (change the canvas, name, notes) or read.'),
  shares: z.array(share),
  linkKey: z.string().nullable().describe('The secret of the shared link (owner only; null when not shared by link).'),
});
export type Investigation = z.infer<typeof investigation>;

export const investigationSummary = investigation.pick({ id: true, name: true, owner: true, updatedAt: true, updatedBy: true, access: true, version: true }).extend({ nodeCount: z.int() });
export type InvestigationSummary = z.infer<typeof investigationSummary>;

export const investigationAnswer = z.object({ investigation });
export const investigationsAnswer = z.object({ investigations: z.array(investigationSummary) });
export const sharesAnswer = z.object({ shares: z.array(share), linkKey: z.string().nullable() });
export const deletedAnswer = z.object({ id: z.string(), deleted: z.literal(true) });
