import { readRules } from '../data';
import { addWhereWritten } from './recurring';
import { PRIORITY } from './types';
import type { SentenceMentions } from '.';

/**
 * A Chinese project named once in full, its head word included (沙阿德尼兹气田, 阿卡迪亚锂矿,
 * 瑞气田（Shwe）), is written later without the head (沙阿德尼兹由英国石油公司担任作业者) or again in
 * full where no finder of its own reads it (瑞气田由浦项国际担任作业者: three characters, shorter
 * than recurring names go). Both are the same project: the sentence that opens with it is about
 * it, and a clause that leaves its project unwritten takes it. A stem is read only where it stands
 * alone — not before a word that makes it part of a place or firm name (阿塔卡马沙漠) — and never
 * over a name the sentence already holds (a stem that is also a place the lexicon knows stays the
 * place). Latin letters may end the stem (赛斯威尔C核电厂 → 赛斯威尔C). Vocabulary: data/rules/zh/projectStems.json. Adds
 * candidates in place.
 */
interface StemWords {
  heads: string[];
  minStem: number;
  notBefore: string[];
}

const words = readRules<StemWords>('zh/projectStems.json');
const heads = [...words.heads].sort((a, b) => b.length - a.length);
const typeHeads = readRules<{ types: Record<string, string[]> }>('zh/heads.json').types;
const placeHeads = readRules<{ facilityCjk: string[]; regionCjk: string[] }>('placeHeads.json');
/** Words after a stem that make it part of a longer name. */
const continuations = [...words.notBefore, ...Object.values(typeHeads).flat(), ...placeHeads.facilityCjk, ...placeHeads.regionCjk].filter((w) => /^[\u3400-\u9fff]/.test(w));
const allHeads = Object.values(typeHeads).flat().filter((w) => /^[\u3400-\u9fff]/.test(w));
const endsInHead = (stem: string) => allHeads.some((h) => stem.endsWith(h));
const CJK = /^[\u3400-\u9fff][\u3400-\u9fff·A-Za-z0-9]*$/;

interface Named {
  name: string;
  lexiconKey?: string;
}

export function addProjectStems(sentences: SentenceMentions[]): void {
  const forms = new Map<string, Named>();
  for (const s of sentences) {
    for (const c of s.candidates) {
      if (c.type !== 'Project' || c.nested) continue;
      const surface = s.match.compact.slice(c.start, c.end);
      if (!CJK.test(surface)) continue;
      const head = heads.find((h) => surface.endsWith(h));
      if (!head) continue;
      const named: Named = { name: c.name ?? surface, ...(c.lexiconKey ? { lexiconKey: c.lexiconKey } : {}) };
      const stem = surface.slice(0, -head.length);
      if (!forms.has(surface)) forms.set(surface, named);
      // 深水港项目 → 深水港: a stem that ends in a head word of its own is a description, not a name.
      if ([...stem].length >= words.minStem && !endsInHead(stem) && !forms.has(stem)) forms.set(stem, named);
    }
  }
  if (!forms.size) return;
  addWhereWritten(
    sentences,
    [...forms].sort((a, b) => b[0].length - a[0].length),
    (at, end, thing, text) =>
      continuations.some((w) => text.startsWith(w, end))
        ? undefined
        : { start: at, end, type: 'Project', method: 'project-stem', priority: PRIORITY.head, name: thing.name, ...(thing.lexiconKey ? { lexiconKey: thing.lexiconKey } : {}) },
  );
}

