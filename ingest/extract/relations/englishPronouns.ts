import { readRules } from '../data';
import { englishVocabulary } from '../mentions/englishWords';
import type { Occurrence } from './mask';
import type { FoundRelation } from './match';
import type { Topics } from './topic';

interface PronounRules {
  antecedentTypes: string[];
  subjectAfter: string;
  notSubjectBefore: string;
  pronounBefore: string;
  pleonastic: string;
  topicPhrases: Record<string, string[]>;
  shareWithoutObject: string;
  respectiveShares: string;
  groupPhrase: string;
  stakeTypes: string[];
}

const rules = readRules<PronounRules>('en/pronouns.json');
const ANTECEDENT_TYPES = new Set(rules.antecedentTypes);
/** What may stand right before a subject "it": a clause start (…, where it owns; In 2018 it bought). */
const PRONOUN_BEFORE = new RegExp(`(?:${rules.pronounBefore})$`, 'u');
/** "it is likely that", "it was hard to": no entity. */
const PLEONASTIC = new RegExp(`^(?:${rules.pleonastic})`, 'i');
/** A name after a preposition (with Sumitomo, to Japan) is not the subject of its clause. */
const NOT_SUBJECT_BEFORE = new RegExp(`(?:${rules.notSubjectBefore})$`, 'i');
const PRONOUN = /(?<![\p{L}\p{N}'’-])(?:it|It)(?![\p{L}\p{N}'’-])/gu;
/** "holds the remaining 40%", "sold a 51% controlling stake to": a share of something unnamed. */
const SHARE_WITHOUT_OBJECT = new RegExp(rules.shareWithoutObject, 'g');
/** "20.4% of ⟨Anglo American Sur⟩": a share whose object this sentence names. */
const SHARE_OF = /%\s?(?:[a-z]+ )?(?:stake |interest |share |holding )?(?:of|in) (?:the )?$/;
const STAKE_TYPES = new Set(rules.stakeTypes);
/** "held 31.5% and 13.5% respectively": shares of something unnamed, one per holder. */
const RESPECTIVE_SHARES = new RegExp(rules.respectiveShares, 'g');
/** "the two Japanese firms", "both companies": the firms named last. */
const GROUP = new RegExp(rules.groupPhrase, 'g');
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4 };
const topicPhrases = Object.entries(rules.topicPhrases).flatMap(([type, list]) => list.map((phrase) => ({ type, phrase })));

/**
 * Who "it" is: the subject of its own clause's sentence when one stands before it (Mitsubishi
 * holds 40%: it bought…), else the subject of the sentence before (POSCO is trying… In 2018 it
 * bought…). A subject is the first firm, organisation, state or project not governed by a
 * preposition and not a possessive modifier (South Korea's POSCO: POSCO).
 */
export class EnglishDiscourse {
  private previousSubject: Occurrence | undefined;
  private firstState: string | undefined;
  /** Firms in the order they were last named, latest last. */
  private firms: Occurrence[] = [];
  /** "they": the firms the sentence before had as its subject, when it had several. */
  private previousGroup: Occurrence[] = [];
  /** What the latest stake, purchase or development was in (Quellaveco, Sierra Gorda). */
  private stakeObject: Occurrence | undefined;

  constructor(private readonly topics?: Topics) {}

  /** The firm the sentences before spoke of (discourse/focus.ts: their subject first), if the text keeps a focus. */
  firmInFocus(): string | undefined {
    return this.topics?.focus?.antecedent(['Firm']);
  }

  pronouns(text: string, taken: Occurrence[]): Occurrence[] {
    const out: Occurrence[] = [];
    PRONOUN.lastIndex = 0;
    for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (at > 0 && !PRONOUN_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
      if (PLEONASTIC.test(text.slice(end))) continue;
      const antecedent = subjectOf(text, taken, at) ?? this.previousSubject;
      if (antecedent) out.push({ start: at, end, entityId: antecedent.entityId, type: antecedent.type, anaphor: true, pronoun: true });
    }
    // "the country's largest battery maker": the state the text is about.
    for (const { type, phrase } of topicPhrases) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const end = at + phrase.length;
        if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || taken.some((t) => at < t.end && t.start < end)) continue;
        // A news text names its country first, in the headline or the opening sentence.
        const id = (type === 'State' ? this.firstState : undefined) ?? this.topics?.about(type);
        if (id) out.push({ start: at, end, entityId: id, type, anaphor: true });
      }
    }
    out.push(...this.groups(text, taken));
    out.push(...this.impliedStakes(text, [...taken, ...out]));
    return out;
  }

  /**
   * "Mitsubishi holds the remaining 40%", "KGHM kept its 55%": the share is of the thing the
   * text was just talking about — the last thing this sentence gave a share of, else the object
   * of the latest stake, purchase or development. Marked as a reference right after the share.
   */
  private impliedStakes(text: string, taken: Occurrence[]): Occurrence[] {
    const out: Occurrence[] = [];
    SHARE_WITHOUT_OBJECT.lastIndex = 0;
    for (let m = SHARE_WITHOUT_OBJECT.exec(text); m; m = SHARE_WITHOUT_OBJECT.exec(text)) {
      const at = m.index + m[0].length;
      const inSentence = taken.filter((t) => t.end <= m!.index && (t.type === 'Project' || t.type === 'Firm') && SHARE_OF.test(text.slice(Math.max(0, t.start - 40), t.start))).pop();
      const object = inSentence ?? this.stakeObject;
      if (object) out.push({ start: at, end: at, entityId: object.entityId, type: object.type, anaphor: true });
    }
    RESPECTIVE_SHARES.lastIndex = 0;
    for (let m = RESPECTIVE_SHARES.exec(text); m; m = RESPECTIVE_SHARES.exec(text)) {
      const at = m.index + m[0].length;
      if (this.stakeObject && !/^ ?(?:of|in) /.test(text.slice(at, at + 4))) out.push({ start: at, end: at, entityId: this.stakeObject.entityId, type: this.stakeObject.type, anaphor: true });
    }
    return out;
  }

  /**
   * "The two Japanese firms held…", "both companies": the last firms named, one slot each on the
   * head noun (the demonym before it stays their seat); "they" at a clause start: the firms the
   * sentence before had as its subject.
   */
  private groups(text: string, taken: Occurrence[]): Occurrence[] {
    const out: Occurrence[] = [];
    GROUP.lastIndex = 0;
    for (let m = GROUP.exec(text); m; m = GROUP.exec(text)) {
      const n = COUNTS[m.groups?.count ?? 'two'] ?? 2;
      const firms = this.firms.slice(-n);
      if (firms.length < n) continue;
      const end = m.index + m[0].length;
      const start = end - (m.groups?.head ?? '').length;
      if (taken.some((t) => start < t.end && t.start < end)) continue;
      for (const f of firms) out.push({ start, end, entityId: f.entityId, type: f.type, anaphor: true });
    }
    if (this.previousGroup.length > 1) {
      for (const m of text.matchAll(/(?<![\p{L}'’-])(?:they|They)(?![\p{L}'’-])/gu)) {
        // "they" is always a subject ("them" is the object): no clause-start test.
        const at = m.index ?? 0;
        for (const f of this.previousGroup) out.push({ start: at, end: at + m[0].length, entityId: f.entityId, type: f.type, anaphor: true });
      }
    }
    return out;
  }

  /** Keeps the object of a stake, purchase or development for a later share without one. */
  noteRelation(f: FoundRelation): void {
    if (STAKE_TYPES.has(f.type) && (f.object.type === 'Project' || f.object.type === 'Firm')) this.stakeObject = f.object;
  }

  /** Remembers the subject of a finished sentence for an "it" in the next. */
  note(text: string, occurrences: Occurrence[]): void {
    this.previousSubject = subjectOf(text, occurrences, text.length) ?? this.previousSubject;
    const ordered = [...occurrences].sort((a, b) => a.start - b.start);
    for (const o of ordered) {
      if (o.type !== 'Firm' || o.anaphor) continue;
      this.firms = [...this.firms.filter((f) => f.entityId !== o.entityId), o];
    }
    // The sentence opened with several firms (Sumitomo and Mitsui…; the two firms…).
    const first = subjectOf(text, occurrences, text.length);
    const together = first ? ordered.filter((o) => o.start === first.start && o.end === first.end) : [];
    const listed = first && together.length === 1 ? coordinatedAfter(text, ordered, first) : together;
    this.previousGroup = listed.length > 1 ? listed : [];
    this.firstState ??= occurrences.filter((o) => o.type === 'State' && !o.anaphor).sort((a, b) => a.start - b.start)[0]?.entityId;
  }
}

/** "Sumitomo Metal Mining and Sumitomo Corporation": the names coordinated with the first. */
function coordinatedAfter(text: string, ordered: Occurrence[], first: Occurrence): Occurrence[] {
  const list = [first];
  let last = first;
  for (const o of ordered) {
    if (o.start < last.end || o.type !== first.type) continue;
    if (!/^(?:,? ?and |, ?)$/.test(text.slice(last.end, o.start))) break;
    list.push(o);
    last = o;
  }
  return list;
}

function subjectOf(text: string, occurrences: Occurrence[], before: number): Occurrence | undefined {
  const ordered = occurrences.filter((o) => o.end <= before && ANTECEDENT_TYPES.has(o.type)).sort((a, b) => a.start - b.start);
  for (const o of ordered) {
    if (/^['’]s\b/.test(text.slice(o.end, o.end + 3))) continue;
    // "American buyers": a demonym modifies a noun, it acts for nobody.
    if (englishVocabulary().demonyms.has(text.slice(o.start, o.end)) && /^ [a-z]/.test(text.slice(o.end, o.end + 2))) continue;
    if (NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, o.start - 20), o.start))) continue;
    return o;
  }
  return undefined;
}
