import { simplifiedText as toSimplified } from '../../ingest/extract/script';
import { relationshipType } from '../../graph/ontology';
import type { ExtractedRelation, ResolvedEntity } from '../../ingest/model';
import type { DocumentTruth } from './truth';


/** Names compared script- and case-blind, without title brackets and spaces: 《巴黎協定》 = 巴黎协定. */
export function foldName(name: string): string {
  return toSimplified(name.normalize('NFKC')).toLowerCase().replace(/[《》「」『』〈〉\s]/g, '');
}

export interface Tally {
  truePositive: number;
  predicted: number;
  expected: number;
}

export const emptyTally = (): Tally => ({ truePositive: 0, predicted: 0, expected: 0 });

export function addTally(into: Tally, t: Tally): void {
  into.truePositive += t.truePositive;
  into.predicted += t.predicted;
  into.expected += t.expected;
}

export function precisionRecall(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.predicted ? t.truePositive / t.predicted : 0;
  const recall = t.expected ? t.truePositive / t.expected : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface DocumentScore {
  entities: Tally;
  /** Entities the paper made up (not in any lexicon): recall of discovery. */
  inventedEntities: Tally;
  relations: Tally;
}

/**
 * Score one document's extraction against its truth: an entity matches when the type agrees and
 * any alias matches (folded); a relation when its type matches and subject and object are the
 * matched entities (either direction for symmetric types). Inferred RELATED_TO edges are not
 * claims and are not scored.
 */
export function scoreDocument(truth: DocumentTruth, entities: ResolvedEntity[], relations: ExtractedRelation[]): DocumentScore {
  const truthByAlias = new Map<string, number>();
  truth.entities.forEach((e, i) => {
    for (const alias of [e.name, ...e.aliases, e.nameEn ?? '']) if (alias) truthByAlias.set(`${e.type}|${foldName(alias)}`, i);
  });
  // Predicted entity id → index of the truth entity it stands for.
  const matched = new Map<string, number>();
  for (const e of entities) {
    for (const alias of [e.name, e.nameEn ?? '', ...e.aliases]) {
      const hit = alias ? truthByAlias.get(`${e.type}|${foldName(alias)}`) : undefined;
      if (hit !== undefined) {
        matched.set(e.id, hit);
        break;
      }
    }
  }
  const found = new Set(matched.values());
  const invented = truth.entities.map((e, i) => ({ e, i })).filter(({ e }) => e.invented);

  const truthIndex = new Map(truth.entities.map((e, i) => [e.name, i]));
  const expected = new Set(truth.relations.map((r) => `${truthIndex.get(r.subject)}|${r.type}|${truthIndex.get(r.object)}`));
  const claims = relations.filter((r) => !r.inferred && r.type !== 'RELATED_TO');
  const hits = new Set<string>();
  for (const r of claims) {
    const s = matched.get(r.subject);
    const o = matched.get(r.object);
    if (s === undefined || o === undefined) continue;
    const key = `${s}|${r.type}|${o}`;
    const reverse = `${o}|${r.type}|${s}`;
    if (expected.has(key)) hits.add(key);
    else if (relationshipType(r.type)?.symmetric && expected.has(reverse)) hits.add(reverse);
  }
  return {
    entities: { truePositive: found.size, predicted: entities.length, expected: truth.entities.length },
    inventedEntities: { truePositive: invented.filter(({ i }) => found.has(i)).length, predicted: 0, expected: invented.length },
    relations: { truePositive: hits.size, predicted: new Set(claims.map((r) => `${r.subject}|${r.type}|${r.object}`)).size, expected: expected.size },
  };
}
