/** A name found in one sentence, in offsets of the sentence's compact match text. */
export interface Candidate {
  start: number;
  end: number;
  type: string;
  /** lexicon | paren-pair | title-bracket | head-word | compromise | abbreviation */
  method: string;
  /** Higher wins when candidates overlap (then longer wins). */
  priority: number;
  lexiconKey?: string;
  pairedName?: string;
  /** The name to resolve by, when it differs from the text span (numbered series, stripped brackets). */
  name?: string;
  /** Inside another accepted name (乌克兰 in 乌克兰危机): an entity mention, not a relation slot. */
  nested?: boolean;
}

export const PRIORITY = { bracket: 50, paren: 45, lexicon: 40, head: 30, compromise: 20, abbreviation: 10 } as const;

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
