import { dateFor, type DateMention } from '../dates';
import type { Masked, Occurrence } from './mask';
import { typesAllowed, type FoundRelation } from './match';
import type { Topics } from './topic';

/**
 * Import statistics that leave the importer unwritten because the whole passage is about it
 * (日本…。二氧化硅进口，从2020年的45.4亿日元增至2022年的69.6亿日元，其中40.8%来自美国、
 * 31.7%来自中国、7.9%来自德国): a clause that opens with a commodity and 进口 has the state the
 * text is about as importer, and each 来自 source with the share written before it. Only when
 * the text is about one state (named at least twice) that is not itself a source.
 */
const OPENS_WITH_IMPORTS = /^(?:[^⟨⟩，,。；;]{0,4})?⟨(\d+):Resource⟩(?:(?:和|与|及|、)⟨\d+:Resource⟩)*[^⟨⟩，,。；;]{0,4}?进口[，,]/;
const SOURCE = /(?:(\d+(?:\.\d+)?)\s?%\s?)?来自⟨(\d+):(State|Place)⟩/g;

export function importShareRelations(masked: Masked, dates: DateMention[], topics?: Topics): FoundRelation[] {
  const opening = OPENS_WITH_IMPORTS.exec(masked.text);
  if (!opening || !topics) return [];
  const importerId = topics.about('State');
  if (!importerId) return [];
  const resource = masked.slots[Number(opening[1])];
  const out: FoundRelation[] = [];
  for (const m of masked.text.matchAll(SOURCE)) {
    const source = masked.slots[Number(m[2])];
    if (source.entityId === importerId) return [];
    if (!typesAllowed('IMPORTS_FROM', 'State', source.type)) continue;
    const importer: Occurrence = { start: 0, end: 0, entityId: importerId, type: 'State', anaphor: true };
    const properties: Record<string, string | number> = { resource: resource.entityId };
    if (m[1]) properties.share = Math.round(Number(m[1]) * 10) / 1000;
    const date = dateFor(dates, masked.toCompact[m.index!], masked.toCompact[m.index! + m[0].length]);
    out.push({ type: 'IMPORTS_FROM', subject: importer, object: source, properties, date, confidence: 0.65, method: 'import-shares' });
  }
  return out;
}
