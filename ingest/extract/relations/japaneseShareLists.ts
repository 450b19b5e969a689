import { readRules } from '../data';
import { toSimplified } from '../script';
import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';
import { implicitArgument, type Topics } from './topic';

/**
 * Stakes listed holder by holder, each with its own share, the verb once at the end:
 * LNGカナダは、英シェルが40％、ペトロナスが25％、KOGASが5％をそれぞれ出資する;
 * JAREにはJOGMECが約7割、双日が約3割を出資している. The holding is the name the clause opens
 * with (…は / …には / …では), else the project the passage is about. Vocabulary:
 * data/rules/ja/shareLists.json.
 */
interface ShareListWords {
  holdingVerbs: string[];
  topicMarkers: string[];
}

const words = readRules<ShareListWords>('ja/shareLists.json');
const VERB = new RegExp(`^[^。；;]{0,12}?(?:${words.holdingVerbs.map(toSimplified).join('|')})`);
const TOPIC = new RegExp(`^(?:${words.topicMarkers.map(toSimplified).join('|')})，?`);
/** ⟨holder⟩（acronym）が約40% / 約7割 / 半分; 50％超 (more than half) is held as the figure written. */
const HOLDER_SHARE = /⟨(\d+):(?:Firm|Organization|State)⟩(?:（[^（）⟨⟩]{1,12}）)?が(?:约|およそ)?(?:(\d+(?:\.\d+)?)\s*[%％]超?|(\d+)割|(半分|半数))/g;
/**
 * What may stand between one listed holder's share and the next holder: a comma, then its
 * description; the first may carry a verb of holding of its own (ガスプロムが50％超を握り、三井物産が…).
 */
const BETWEEN = /^(?:を(?:握り|持ち|保有し|出資し))?[，,、](?:[^。；;，,]){0,40}$/;
const HOLDINGS = new Set(['Project', 'Firm']);

export function japaneseShareLists(masked: Masked, topics?: Topics): FoundRelation[] {
  const text = masked.text;
  if (!text.includes('が') || !(text.includes('%') || text.includes('％') || text.includes('割') || text.includes('半'))) return [];
  const pairs = [...text.matchAll(HOLDER_SHARE)];
  const out: FoundRelation[] = [];
  let group: RegExpExecArray[] = [];
  const close = () => {
    if (group.length >= 2) out.push(...listStakes(masked, group, topics));
    group = [];
  };
  for (const m of pairs) {
    const prev = group[group.length - 1];
    if (prev) {
      const slotStart = m.index;
      const between = text.slice(prev.index + prev[0].length, slotStart);
      if (!BETWEEN.test(between)) close();
    }
    group.push(m as RegExpExecArray);
  }
  close();
  return out;
}

function listStakes(masked: Masked, group: RegExpExecArray[], topics?: Topics): FoundRelation[] {
  const text = masked.text;
  const last = group[group.length - 1];
  const after = text.slice(last.index + last[0].length);
  if (!VERB.test(after)) return [];
  const holders = group.map((m) => masked.slots[Number(m[1])]);
  const first = group[0].index;
  const holding = openingHolding(masked, first, holders) ?? implicitArgument('Project', masked.slots, masked.toCompact[first], topics);
  if (!holding) return [];
  return group.flatMap((m, i) => {
    const share = m[2] !== undefined ? Number(m[2]) / 100 : m[3] !== undefined ? Number(m[3]) / 10 : 0.5;
    const holder = holders[i];
    if (holder.entityId === holding.entityId) return [];
    return [{ type: 'HOLDS_STAKE_IN', subject: holder, object: holding, properties: { share }, confidence: 0.7, method: 'rule:ja.stake.holder-share-list' }];
  });
}

/** The Project or Firm the clause opens with before the list (LNGカナダは、 / JAREには), if any. */
function openingHolding(masked: Masked, before: number, holders: Occurrence[]): Occurrence | undefined {
  let found: Occurrence | undefined;
  for (const m of masked.text.slice(0, before).matchAll(/⟨(\d+):(\w+)⟩/g)) {
    const slot = masked.slots[Number(m[1])];
    const rest = masked.text.slice(m.index + m[0].length, before);
    if (HOLDINGS.has(slot.type) && !holders.includes(slot) && TOPIC.test(rest)) found = slot;
  }
  return found;
}
