import type { Lexicon } from '../lexicon';
import type { Masked } from './mask';
import type { FoundRelation } from './match';

/**
 * A firm whose name opens with its state's name is in that state (read for Japanese names only, by
 * japaneseSeats.ts; Chinese ones are not given a seat from their name: relations/index.ts): 中国石化, 科威特石油公司,
 * 俄罗斯国家原子能公司, 沙特阿拉伯国家石油公司, 菲律賓國家石油公司. Government bodies are read the
 * same way by titledOrganisations.ts; firms are read here, whether the lexicon knows them or the
 * sentence discovered them. The state must be followed by at least two more characters, so that a
 * short form (中石化) or a bare state never counts, and must not be the firm itself.
 */
const MIN_REST = 2;

export function firmSeats(masked: Masked, text: string, lexicon: Lexicon): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const firm of masked.slots) {
    if (firm.type !== 'Firm' || firm.anaphor) continue;
    const name = text.slice(firm.start, firm.end);
    const state = (lexicon.byFirstChar.get(name[0]) ?? [])
      .filter((a) => a.entry.type === 'State' && a.form.length >= 2 && !a.caseInsensitive && name.startsWith(a.form) && name.length >= a.form.length + MIN_REST)
      .sort((a, b) => b.form.length - a.form.length)[0];
    if (!state || state.entry.key === firm.entityId) continue;
    out.push({ type: 'LOCATED_IN', subject: firm, object: { start: firm.start, end: firm.start, entityId: state.entry.key, type: 'State', anaphor: true }, properties: {}, confidence: 0.7, method: 'rule:zh.located.firm-seat-in-name' });
  }
  return out;
}
