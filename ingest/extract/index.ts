import { ShareListLines } from './relations/shareListLines';
import type { Evidence, ExtractedRelation, IngestDocument, Mention, ResolvedEntity, Sentence } from '../model';
import { readDates, type DateContext } from './dates';
import { relationId } from './ids';
import { loadLexicon, type Lexicon } from './lexicon';
import { findMentions, type SentenceMentions } from './mentions';
import { addJapaneseShortNames } from './japanese/shortNames';
import { EnglishMemory } from './mentions/englishNames';
import { anaphorOccurrences, type Occurrence } from './relations/mask';
import { englishAnaphorOccurrences } from './relations/englishAnaphora';
import { EnglishDiscourse } from './relations/englishPronouns';
import { pairKey, sentenceRelations, type FoundRelation } from './relations';
import { sentenceRuleLang } from './relations/rules';
import { bareReferences, headedReferent, referent, Topics } from './relations/topic';
import { DroppedSubjects } from './relations/droppedSubjects';
import { resolveEntities } from './resolve';
import { addRecurringNames } from './mentions/recurring';
import { addProjectStems } from './mentions/projectStems';
import { addChineseShortForms } from './mentions/chineseShortForms';
import { addRecurringLatinNames } from './mentions/latinNames';
import { PluralReferences } from './relations/pluralReferences';
import { FormerLatter } from './relations/formerLatter';
import { Metonymy } from './relations/metonymy';
import { Focus } from './discourse/focus';
import { referenceOccurrences } from './discourse/references';
import { addRecurringAcronyms } from './mentions/recurringAcronyms';
import { addRecurringCyrillicLatinNames } from './mentions/recurringCyrillicLatin';
import { addRecurringInflectedNames } from './mentions/recurringInflected';
import { addStateShortForms } from './mentions/stateShortForms';
import { relationshipType } from '../../graph/ontology';
import { sentenceAsWritten } from '../sentences/asWritten';
import { matchText } from './script';
import { withSentenceWords } from './segment';

export { relationId } from './ids';

/** Sections whose sentences are sources, not claims. */
const NOT_CLAIMS = new Set(['footnotes', 'references']);

/**
 * Extraction for one document: mentions (lexicon, patterns, compromise), resolve (one entity
 * per thing), relations (trigger rules, dates, shares; co-occurrence as inferred RELATED_TO).
 * Fills doc.mentions, doc.entities and doc.relations.
 *
 * Evidence.sentence is the sentence as the pipeline normalised it (Sentence.text: hard wraps
 * joined, footnote markers out, NFKC); start/end are its offsets in doc.raw.
 */
export function extractGraph(doc: IngestDocument): void {
  const lexicon = loadLexicon();
  const perSentence = findSentenceMentions(doc, lexicon);
  const { mentions, names } = documentMentions(perSentence);
  doc.entities = resolveMentions(lexicon, mentions, names);
  doc.mentions = mentions;
  doc.relations = documentRelations(doc, lexicon, perSentence, mentions);
}

/**
 * The stages below are small functions of their own: one large function holding every stage is
 * compiled again and again by the optimiser as its parts warm up, and most documents are read
 * only once.
 */
interface SentenceReading {
  sentence: Sentence;
  found: SentenceMentions;
}

/** Names sentence by sentence, then the names a document defines once and repeats. */
function findSentenceMentions(doc: IngestDocument, lexicon: Lexicon): SentenceReading[] {
  const claimSentences = doc.sentences.filter((s) => !inSkippedSection(doc, s.start));
  // Short forms and acronyms an English document defines hold for the rest of it.
  const english = new EnglishMemory();
  const compact = claimSentences.map((sentence) => matchText(sentence.text).compact);
  const perSentence = withSentenceWords(lexicon, compact, () => claimSentences.map((sentence) => ({ sentence, found: findMentions(lexicon, sentence.text, english) })));
  const found = perSentence.map((p) => p.found);
  addJapaneseShortNames(found);
  addChineseShortForms(found);
  addRecurringNames(found);
  addProjectStems(found);
  addRecurringLatinNames(found);
  addRecurringAcronyms(found);
  addRecurringCyrillicLatinNames(found);
  addRecurringInflectedNames(found);
  addStateShortForms(found);
  return perSentence;
}

/** Every accepted name as a mention of the document, with the name it resolves by. */
function documentMentions(perSentence: SentenceReading[]): { mentions: Mention[]; names: string[] } {
  const mentions: Mention[] = [];
  const names: string[] = [];
  for (const { sentence, found } of perSentence) {
    for (const c of found.candidates) {
      const textStart = found.match.toText[c.start];
      const textEnd = found.match.toText[c.end - 1] + 1;
      mentions.push({
        sentenceIndex: sentence.index,
        textStart,
        textEnd,
        start: sentence.toRaw[textStart] ?? sentence.start,
        end: (sentence.toRaw[textEnd - 1] ?? sentence.end - 1) + 1,
        surface: sentence.text.slice(textStart, textEnd),
        type: c.type,
        method: c.method,
        lexiconKey: c.lexiconKey,
        pairedName: c.pairedName,
      });
      // A numbered-series member (庫頁島 1、2 號 → 库页岛2号) resolves by its own name.
      names.push(c.name ?? found.match.compact.slice(c.start, c.end));
    }
  }
  return { mentions, names };
}

/** One entity per real thing; sets each mention's entityId. */
function resolveMentions(lexicon: Lexicon, mentions: Mention[], names: string[]): ResolvedEntity[] {
  const resolvable = mentions.map((m, i) => ({ surface: m.surface, name: names[i], type: m.type, lexiconKey: m.lexiconKey, pairedName: m.pairedName, entityId: undefined as string | undefined }));
  const entities = resolveEntities(lexicon, resolvable);
  mentions.forEach((m, i) => (m.entityId = resolvable[i].entityId));
  return entities;
}

/** Relations sentence by sentence, with what earlier sentences said (topics, dates, references). */
function documentRelations(doc: IngestDocument, lexicon: Lexicon, perSentence: SentenceReading[], mentions: Mention[]): ExtractedRelation[] {
  const typeOf = new Map(doc.entities.map((e) => [e.id, e.type]));
  // Keyed by subject, type and object as written; the hashed id is made once per edge.
  const relations = new Map<string, ExtractedRelation>();
  const latest = new Map<string, string>();
  const topics = new Topics(doc.entities);
  const discourse = new EnglishDiscourse(topics);
  const droppedSubjects = new DroppedSubjects();
  const plurals = new PluralReferences();
  const formerLatter = new FormerLatter();
  const shareLines = new ShareListLines();
  const metonymy = new Metonymy((id) => typeOf.get(id) === 'State');
  // Who the text is talking about, for references across sentences (discourse/).
  const focus = (topics.focus = new Focus());
  let section = '';
  let dateContext: DateContext = {};
  let paragraph = 0;
  let previousEnd = 0;
  let cursor = 0;
  for (const { sentence, found } of perSentence) {
    const occurrences = namedOccurrences(found, mentions, cursor, typeOf);
    cursor += found.candidates.length;
    // A heading starts afresh: what the section before spoke of is no antecedent.
    const sectionNow = sentence.sectionPath.join('\u0000');
    if (sectionNow !== section) focus.newSection();
    section = sectionNow;
    occurrences.push(...anaphorOccurrences(found.match.compact, occurrences, latest, (type, phrase) => headedReferent(type, phrase, topics) ?? referent(type, topics)));
    occurrences.push(...bareReferences(found.match.compact, occurrences, topics));
    // A line break before the sentence opens a paragraph (a wrapped line ends mid-sentence).
    if (doc.raw.slice(previousEnd, sentence.start).includes('\n')) paragraph++;
    const read = readDates(found.match.compact, dateContext, `${sentence.sectionPath.join('\u0000')}\u0000${paragraph}`);
    dateContext = read.context;
    const lang = sentenceRuleLang(found.match.compact);
    // 拜登政府, 北京宣布…: an administration or a capital acting stands for its state.
    if (lang === 'zh') metonymy.apply(found.match.compact, occurrences);
    occurrences.push(...referenceOccurrences(found.match.compact, occurrences, lang, focus));
    if (lang === 'en') occurrences.push(...englishAnaphorOccurrences(found.match.compact, occurrences, latest, discourse));
    // Chinese drops the subject of later clauses or says 它 / 其 for it.
    if (lang === 'zh') occurrences.push(...droppedSubjects.resolve(found.match.compact, occurrences, paragraph));
    // 两部门 / 这两个项目: the last two of that type named.
    if (lang === 'zh') occurrences.push(...plurals.resolve(found.match.compact, occurrences));
    // 前者 / 后者: the first or second of the last two actors of one type named.
    if (lang === 'zh') occurrences.push(...formerLatter.resolve(found.match.compact, occurrences));
    // Built only for sentences that state something (one record shared by their relations).
    let evidence: Evidence | undefined;
    for (const f of sentenceRelations(lexicon, found.match.compact, occurrences, lang, read.dates, topics)) {
      evidence ??= sentenceEvidence(doc, sentence);
      addRelation(relations, f, evidence);
      if (lang === 'en') discourse.noteRelation(f);
      if (lang === 'zh') metonymy.noteRelation(f);
      focus.noteRelation(f.type, f.object, f.properties.share);
    }
    // Holders and shares one a line under a lead that speaks of stakes (Акционеры X: / 権益は次の通り。).
    for (const f of shareLines.read(found.match.compact, occurrences, topics)) {
      evidence ??= sentenceEvidence(doc, sentence);
      addRelation(relations, f, evidence);
      focus.noteRelation(f.type, f.object, f.properties.share);
    }
    for (const o of occurrences) if (!o.anaphor) latest.set(o.type, o.entityId);
    topics.note(occurrences);
    focus.note(found.match.compact, occurrences, lang);
    previousEnd = sentence.start + doc.raw.slice(sentence.start, sentence.end).trimEnd().length;
  }
  return dropRedundantCooccurrence([...relations.values()]);
}

/** The sentence's own names as occurrences (nested names aside), typed as resolved. */
function namedOccurrences(found: SentenceMentions, mentions: Mention[], cursor: number, typeOf: Map<string, string>): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const c of found.candidates) {
    const m = mentions[cursor++];
    if (c.nested) continue;
    occurrences.push({ start: c.start, end: c.end, entityId: m.entityId!, type: typeOf.get(m.entityId!) ?? c.type, abbreviation: c.method === 'abbreviation' });
  }
  return occurrences;
}

function sentenceEvidence(doc: IngestDocument, sentence: Sentence): Evidence {
  return {
    documentId: doc.id,
    sentence: sentenceAsWritten(doc.raw, sentence),
    start: sentence.start,
    end: sentence.end,
    sectionPath: sentence.sectionPath,
    // The sources stage paired each marker occurrence with its own footnote.
    sourceIds: sentence.sourceIds ?? [],
  };
}

function inSkippedSection(doc: IngestDocument, offset: number): boolean {
  return doc.sections.some((s) => NOT_CLAIMS.has(s.kind) && s.start <= offset && offset < s.end);
}

const symmetricTypes = new Map<string, boolean>();

function isSymmetric(type: string): boolean {
  let symmetric = symmetricTypes.get(type);
  if (symmetric === undefined) {
    symmetric = relationshipType(type)?.symmetric === true;
    symmetricTypes.set(type, symmetric);
  }
  return symmetric;
}

function addRelation(relations: Map<string, ExtractedRelation>, f: FoundRelation, evidence: Evidence): void {
  let subject = f.subject.entityId;
  let object = f.object.entityId;
  if (isSymmetric(f.type) && object < subject) [subject, object] = [object, subject];
  const key = `${subject}\u0000${f.type}\u0000${object}`;
  const seen = relations.get(key);
  if (!seen) {
    relations.set(key, {
      id: relationId(subject, f.type, object),
      type: f.type,
      subject,
      object,
      properties: { ...f.properties, ...(f.type === 'RELATED_TO' ? { weight: 1 } : {}) },
      date: f.date,
      confidence: f.confidence,
      method: f.method,
      ...(f.inferred ? { inferred: true } : {}),
      evidence: [evidence],
    });
    return;
  }
  const already = seen.evidence.some((e) => e.documentId === evidence.documentId && e.start === evidence.start);
  if (!already) {
    seen.evidence.push(evidence);
    if (f.type === 'RELATED_TO') seen.properties.weight = Number(seen.properties.weight ?? 0) + 1;
  }
  for (const [k, v] of Object.entries(f.properties)) if (!(k in seen.properties)) seen.properties[k] = v;
  seen.date ??= f.date;
  if (f.confidence > seen.confidence) {
    seen.confidence = f.confidence;
    seen.method = f.method;
  }
}

/** RELATED_TO only where no triggered relation ties the pair anywhere in the document. */
function dropRedundantCooccurrence(relations: ExtractedRelation[]): ExtractedRelation[] {
  const tied = new Set(relations.filter((r) => r.type !== 'RELATED_TO').map((r) => pairKey(r.subject, r.object)));
  return relations.filter((r) => r.type !== 'RELATED_TO' || !tied.has(pairKey(r.subject, r.object)));
}
