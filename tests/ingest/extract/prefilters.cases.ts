import path from 'node:path';
import { sampleCorpusDir } from '../../../ingest/corpus';
import { readRules } from '../../../ingest/extract/data';
import { readDates } from '../../../ingest/extract/dates';
import { loadLexicon } from '../../../ingest/extract/lexicon';
import { matchAll } from '../../../ingest/extract/matchAll';
import { findMentions } from '../../../ingest/extract/mentions';
import { maskSentence, type Occurrence } from '../../../ingest/extract/relations/mask';
import { relationRules, ruleTriggers } from '../../../ingest/extract/relations/rules';
import { FilterIndex, FilterSubject, LiteralScanner, mayMatch, textFilter } from '../../../ingest/extract/requiredText';
import { prepareDocument } from '../../../ingest/pipeline';
import { CJK_CHAR, isCjkChar, isLatinChar, LATIN_CHAR } from '../../../ingest/extract/script';

/**
 * The shortcuts that let extraction skip work: a rule is only skipped where its expression could
 * not have matched, and the helpers answer as the plain built-ins do.
 */

describe('text a regular expression cannot match without', () => {
  test('trigger words and slot types of a rule pattern; the slot brackets last', () => {
    const filter = textFilter(/⟨\d+:(?:State)⟩(?:[^，。]){0,12}?(?:制裁|惩罚)(?:了)?⟨\d+:[A-Za-z]+⟩/g);
    expect(filter.sets).toContainEqual(['制裁', '惩罚']);
    expect(filter.sets).toContainEqual(['State']);
    expect(filter.sets[filter.sets.length - 1]).toEqual(expect.arrayContaining([expect.stringMatching(/^[⟨⟩:]+$/)]));
    expect(mayMatch(filter, new FilterSubject('⟨0:State⟩宣布制裁⟨1:Firm⟩'))).toBe(true);
    expect(mayMatch(filter, new FilterSubject('⟨0:State⟩宣布投资⟨1:Firm⟩'))).toBe(false);
  });

  test('optional parts, classes and lookarounds require nothing', () => {
    expect(textFilter(/(?:的)?[0-9]+(?!年)\s*(?<=\d)x?/g).sets).toEqual([]);
    expect(textFilter(/a(?:b|c)d{1,2}/g).sets).toEqual(expect.arrayContaining([['a'], ['b', 'c'], ['d']]));
  });

  test('ignore case: letters of any script compared as the expression compares them', () => {
    const filter = textFilter(/(?:sanctioned|sanctions) by/gi);
    expect(mayMatch(filter, new FilterSubject('was SANCTIONED BY the US'))).toBe(true);
    const union = textFilter(/Ünion/gi);
    expect(mayMatch(union, new FilterSubject('the üNION'))).toBe(true);
    expect(mayMatch(union, new FilterSubject('the Union'))).toBe(false);
    const sanctions = textFilter(/санкци[а-яё]*\s?против/gi);
    expect(mayMatch(sanctions, new FilterSubject('САНКЦИИ против'))).toBe(true);
    expect(mayMatch(sanctions, new FilterSubject('пошлины против'))).toBe(false);
  });

  test('a scanner finds the strings that occur, in one pass', () => {
    const scanner = new LiteralScanner(['制裁', 'ban', '制', 'запрет'], [false, true, false, true]);
    expect([...scanner.occurring('美国对俄BAN制裁 ЗАПРЕТ')]).toEqual([1, 1, 1, 1]);
    expect([...scanner.occurring('日本')]).toEqual([0, 0, 0, 0]);
  });

  test('an index answers in filter order, only filters that may match', () => {
    const index = new FilterIndex([textFilter(/x制裁/g), textFilter(/[0-9]+/g), textFilter(/出口/g), textFilter(/制裁y/g)]);
    expect(index.candidates(new FilterSubject('制裁y与x制裁'))).toEqual([0, 1, 3]);
  });
});

describe('on the sample corpus, nothing a rule or a date pattern matches is filtered out', () => {
  const masked: { text: string; lang: 'zh' | 'en' }[] = [];
  const compact: string[] = [];

  beforeAll(async () => {
    const lexicon = loadLexicon();
    for (const file of ['000_80306e837f2edb1f.txt', '001_f8cad53052893a76.txt', '002_78d6b60161a582b5.txt', '003_de7e3ed9aac2a254.txt']) {
      const doc = await prepareDocument(path.join(sampleCorpusDir, file));
      for (const sentence of doc.sentences) {
        const found = findMentions(lexicon, sentence.text);
        const text = found.match.compact;
        compact.push(text);
        // Every name its own entity: as many slots as the masking can make.
        const occurrences: Occurrence[] = found.candidates.map((c, i) => ({ start: c.start, end: c.end, entityId: `e${i}`, type: c.type }));
        const m = maskSentence(text, occurrences).text;
        const lang = /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
        masked.push({ text: /[\u3040-\u30ff]/.test(m) ? m.replace(/、/g, '，') : m, lang });
      }
    }
  });

  test('trigger rules', () => {
    const rules = relationRules();
    let matched = 0;
    for (const { text, lang } of masked) {
      const candidates = new Set(ruleTriggers()[lang].candidates(new FilterSubject(text)));
      rules[lang].forEach((rule, i) => {
        rule.regex.lastIndex = 0;
        if (!rule.regex.test(text)) return;
        matched++;
        expect({ rule: rule.id, text, kept: candidates.has(i) }).toEqual({ rule: rule.id, text, kept: true });
      });
    }
    expect(matched).toBeGreaterThan(50);
  });

  test('dates read as the patterns alone would read them', () => {
    const patterns = readRules<{ patterns: string[] }>('dates.json').patterns.map((p) => new RegExp(p, 'gi'));
    let dated = 0;
    for (const text of compact) {
      // The reading without any filter: every pattern, earlier patterns first, no overlaps.
      const spans: { start: number; end: number }[] = [];
      for (const re of patterns) {
        for (const m of text.matchAll(re)) {
          const start = m.index;
          const end = start + m[0].length;
          if (!spans.some((h) => start < h.end && h.start < end)) spans.push({ start, end });
        }
      }
      spans.sort((a, b) => a.start - b.start);
      if (spans.length) dated++;
      expect(readDates(text, 2000).dates.map((d) => ({ start: d.start, end: d.end }))).toEqual(spans);
    }
    expect(dated).toBeGreaterThan(20);
  });
});

describe('character tests', () => {
  test('isCjkChar and isLatinChar answer as CJK_CHAR and LATIN_CHAR, for every code unit and for strings', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isCjkChar(ch) !== CJK_CHAR.test(ch) || isLatinChar(ch) !== LATIN_CHAR.test(ch)) throw new Error(`U+${c.toString(16)}`);
    }
    for (const s of ['', '日本', 'a日', '1.', 'Ёж', '—']) {
      expect(isCjkChar(s)).toBe(CJK_CHAR.test(s));
      expect(isLatinChar(s)).toBe(LATIN_CHAR.test(s));
    }
    expect(isCjkChar(undefined)).toBe(false);
  });
});

describe('matchAll', () => {
  test('the same matches as String.prototype.matchAll, empty ones included', () => {
    for (const [re, text] of [[/⟨(\d+):([A-Za-z]+)⟩/g, '⟨0:State⟩与⟨1:Firm⟩'], [/a*/g, 'baaac'], [/(?:)/gu, 'x😀y'], [/\d+/g, '']] as const) {
      expect(matchAll(re, text).map((m) => [m.index, ...m])).toEqual([...text.matchAll(re)].map((m) => [m.index, ...m]));
      expect(re.lastIndex).toBe(0);
    }
  });
});
