import { z } from 'zod';

/**
 * How the reader shows a document's text with its structure: the text stays as the ingest read
 * it (every offset of evidence and mentions points into it), and the layout says which runs of
 * it are headings, list items, table rows or footnotes, which characters are markup never shown
 * ("## ", "**", "<sup>"), which are emphasised, where footnote markers stand (and the source each
 * opens) and where printed pages begin. All offsets are into the document's whole text.
 */

export const layoutBlockKinds = ['heading', 'paragraph', 'item', 'row', 'note'] as const;
export type LayoutBlockKind = (typeof layoutBlockKinds)[number];

const range = z.tuple([z.int(), z.int()]);

export const layoutBlock = z.object({
  kind: z.enum(layoutBlockKinds),
  start: z.int(),
  end: z.int(),
  level: z.int().optional().describe('Heading level, 1 for the largest.'),
  cells: z.array(range).optional().describe('A table row: the ranges of its cells.'),
  header: z.boolean().optional().describe('A table row that heads its table.'),
  sourceId: z.string().optional().describe('A footnote: the source it became.'),
});
export type LayoutBlock = z.infer<typeof layoutBlock>;

export const layoutMarker = z.object({ start: z.int(), end: z.int(), label: z.string(), sourceId: z.string().optional() });
export type LayoutMarker = z.infer<typeof layoutMarker>;

export const layout = z.object({
  blocks: z.array(layoutBlock),
  hidden: z.array(range).describe('Markup: characters the reader never shows.'),
  emphasis: z.array(z.tuple([z.int(), z.int(), z.enum(['strong', 'em'])])),
  markers: z.array(layoutMarker),
  pages: z.array(z.object({ page: z.int(), start: z.int() })),
});
export type Layout = z.infer<typeof layout>;

export const emptyLayout = (): Layout => ({ blocks: [], hidden: [], emphasis: [], markers: [], pages: [] });

/** A source a footnote marker opens. */
export const readerSource = z.object({ id: z.string(), marker: z.string().nullable(), text: z.string(), url: z.string().nullable() });
export type ReaderSource = z.infer<typeof readerSource>;

/** The reader's text comes in pages: no answer carries more than this many characters of it. */
export const readerPageChars = 200_000;
/** …nor more than this many spans (mentions, evidence, layout entries each). */
export const readerPageSpans = 20_000;

/** Mention spans are stored in windows of this many characters (by where they start), so a page reads only its own. */
export const mentionWindowChars = 100_000;

export const readerQuery = z.object({
  from: z.coerce.number().int().min(0).default(0).describe('Offset in the text where the page begins.'),
  chars: z.coerce.number().int().min(1).max(readerPageChars).default(readerPageChars).describe('At most this many characters of text.'),
});
export type ReaderQuery = z.infer<typeof readerQuery>;
