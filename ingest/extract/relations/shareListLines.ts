import { readRules } from '../data';
import { toSimplified } from '../script';
import type { Occurrence } from './mask';
import type { FoundRelation } from './match';
import type { Topics } from './topic';

/**
 * Stakes written as a list, one holder a line, under a lead that speaks of them:
 *   Акционеры PCK Raffinerie:            権益は次の通り。
 *   - Rosneft Deutschland — 54,17%;      - リオ・ティント：66.5％
 * Each line's holder holds its share of what the lead names (a project or firm), else of the
 * project the passage was about when the lead came. Only lines under such a lead count: a list of
 * firms and shares under "market shares:" says nothing of stakes. Words: data/rules/shareListLines.json.
 */
interface LeadWords {
  stakeWords: string[];
  leadEnds: string[];
}

const words = readRules<LeadWords>('shareListLines.json');
const STAKE_WORD = new RegExp(words.stakeWords.map(toSimplified).join('|'), 'i');
const LEAD_END = new RegExp(words.leadEnds.map(toSimplified).join('|'), 'i');
/**
 * What a line may name as held before its share, Japanese style (三菱マテリアル：エスコンディーダ銅鉱山に
 * 1.25％; 丸紅：センチネラ銅鉱山などに30％): the line's own project, not the lead's.
 */
const HELD = '(?:(?<held>[^：:%％]{1,40}?)(?:など|等)?に\\s*)?';
/** A bullet, the holder (with a description or an acronym around it), a colon or dash, the share. */
const LINE = new RegExp(`^\\s*(?:[-–—•・*]\\s*)?(?<holder>.{1,60}?)\\s*[：:—–-]\\s*${HELD}(?:约|約|около\\s?|about\\s)?(?<share>\\d+(?:[.,]\\d+)?)\\s*[%％]\\s*[;；。.,，]?\\s*$`);
/** One item of lines joined into one sentence: the last may run on into the next sentence, unstopped. */
const ITEM = new RegExp(`^\\s*[-–—•・*]\\s*(?<holder>.{1,60}?)\\s*[：:—–-]\\s*${HELD}(?:约|約|около\\s?|about\\s)?(?<share>\\d+(?:[.,]\\d+)?)\\s*[%％]`);
const HOLDERS = new Set(['Firm', 'Organization', 'State']);
const HOLDINGS = new Set(['Project', 'Firm']);

export class ShareListLines {
  /** What the open list's shares are of; undefined when no list is open. */
  private holding: Occurrence | undefined;

  /** The stake one sentence states as a list line, if a list is open; else notes whether it opens one. */
  read(text: string, occurrences: readonly Occurrence[], topics: Topics): FoundRelation[] {
    const items = listItems(text);
    if (items.length && this.holding) {
      const out: FoundRelation[] = [];
      for (const { from, line } of items) {
        const groups = line.groups!;
        const holderEnd = from + line.index + line[0].indexOf(groups.holder) + groups.holder.length;
        const holder = occurrences.filter((o) => HOLDERS.has(o.type) && !o.anaphor && o.start >= from && o.end <= holderEnd).at(-1);
        const share = Number(groups.share.replace(',', '.')) / 100;
        // The line's own project (…：X銅鉱山に45％) is what its share is of; a line that names
        // something else there (a place, a year) is no stake line.
        const heldFrom = groups.held === undefined ? -1 : from + line.index + line[0].indexOf(groups.held, holderEnd - from - line.index);
        const held = heldFrom < 0 ? this.holding : occurrences.find((o) => HOLDINGS.has(o.type) && !o.anaphor && o.start >= heldFrom && o.end <= heldFrom + groups.held!.length);
        if (!holder || !held || holder.entityId === held.entityId || share > 1) continue;
        out.push({ type: 'HOLDS_STAKE_IN', subject: holder, object: { ...held, start: holder.end, end: holder.end, anaphor: true }, properties: { share }, confidence: 0.65, method: 'rule:stake.list-line' });
      }
      // Lines joined to the sentence after them: that sentence closes the list, or opens the next.
      const last = items[items.length - 1];
      const rest = last.from + last.line.index + last.line[0].length;
      if (text.slice(rest).replace(/[\s;；。.,，]/g, '')) this.lead(text.slice(rest), occurrences.filter((o) => o.start >= rest), topics);
      return out;
    }
    this.lead(text, occurrences, topics);
    return [];
  }

  /** Opens a list when the sentence is a lead that speaks of stakes; closes the one open otherwise. */
  private lead(text: string, occurrences: readonly Occurrence[], topics: Topics): void {
    this.holding = undefined;
    if (!STAKE_WORD.test(text) || !LEAD_END.test(text)) return;
    const named = occurrences.find((o) => HOLDINGS.has(o.type) && !o.anaphor);
    const id = named?.entityId ?? topics.justNamed('Project') ?? topics.about('Project');
    if (id) this.holding = { start: 0, end: 0, entityId: id, type: named?.type ?? 'Project', anaphor: true };
  }
}

/**
 * The list lines of one sentence: the whole of it, or, where the lines were joined into one
 * (a list with no stop at its line ends), each bullet after a share.
 */
function listItems(text: string): { from: number; line: RegExpExecArray }[] {
  const whole = LINE.exec(text);
  if (whole) return [{ from: 0, line: whole }];
  if (!/^\s*[-–—•・*]/.test(text)) return [];
  const items: { from: number; line: RegExpExecArray }[] = [];
  let from = 0;
  for (const cut of [...text.matchAll(/[%％][;；。.,，]?\s*(?=[-–—•・*])/g)].map((m) => m.index + m[0].length).concat(text.length)) {
    const line = ITEM.exec(text.slice(from, cut));
    if (!line) return [];
    items.push({ from, line });
    from = cut;
  }
  return items;
}
