import { FilterIndex, FilterSubject, LiteralScanner, mayMatch, textFilter } from '../../../ingest/extract/requiredText';
import { compileRuleExpressions, relationRules, ruleTriggers, RULE_LANGS } from '../../../ingest/extract/relations/rules';
import { warmUpExtraction } from '../../../ingest/extractionWarmUp';
import { japaneseTokens } from '../../../ingest/extract/japanese/analyser';
import { entityId, extractText, relation } from './helpers';

/**
 * The shortcuts that keep extraction fast must not change what it finds: the trigger-word index
 * names exactly the rules whose filters pass, the Japanese analyser reads a sentence the same
 * way every time, and lexicon names are still found at the start of a word.
 */

describe('the trigger-word index of the relation rules', () => {
  const sentences = [
    '⟨0:Firm⟩持有⟨1:Project⟩20%的股权，并与⟨2:Firm⟩签署了合作协议。',
    '⟨0:State⟩对⟨1:Firm⟩实施制裁。',
    '⟨0:Firm⟩は⟨1:Project⟩に出資している。',
    '⟨0:Firm⟩ holds a 30% stake in ⟨1:Project⟩ and signed an agreement with ⟨2:State⟩.',
    '⟨0:Firm⟩ владеет 50% акций ⟨1:Project⟩.',
    'No names and no trigger words here.',
  ];

  it('names the rules whose filters may match, in rule order, sentence after sentence', () => {
    let named = 0;
    for (const lang of RULE_LANGS) {
      const filters = relationRules()[lang].map((r) => r.filter);
      // Twice over: what one sentence found must not leak into the next.
      for (const text of [...sentences, ...sentences]) {
        const subject = new FilterSubject(text);
        const expected = filters.flatMap((f, i) => (mayMatch(f, subject) ? [i] : []));
        expect(ruleTriggers()[lang].candidates(new FilterSubject(text))).toEqual(expected);
        named += expected.length;
      }
    }
    expect(named).toBeGreaterThan(20);
  });

  it('answers every set of a filter from its one scan, as testing each set on the text would', () => {
    const filters = [/持有.*股权/g, /sanction(?:ed|s).*(?:against|on)/gi, /(?:制裁|санкци).*⟨\d+:Firm⟩/gi, /stake.*持有/g, /МИНИСТЕРСТВО.*energy/gi].map((re) => textFilter(re, new Set(['Firm'])));
    const index = new FilterIndex(filters);
    const texts = ['甲持有乙的股权', '甲持有乙', 'The US SANCTIONED them; sanctions on Rosneft', 'Sanctions against ⟨0:Firm⟩', '对⟨0:Firm⟩实施制裁', '制裁⟨0:Firm⟩', 'Санкции против ⟨1:Firm⟩', 'a stake 持有', 'министерство Energy', 'nothing at all'];
    for (const text of [...texts, ...texts]) {
      const subject = new FilterSubject(text);
      expect(index.candidates(new FilterSubject(text))).toEqual(filters.flatMap((f, i) => (mayMatch(f, subject) ? [i] : [])));
    }
  });

  it('lists each literal found once, and none of an earlier text', () => {
    const scanner = new LiteralScanner(['持有', '制裁', 'stake', 'с'], [false, false, true, true]);
    expect([...scanner.occurringList('甲持有乙，丙持有丁')]).toEqual([0]);
    expect([...scanner.occurringList('A STAKE in B; a stake in C')]).toEqual([2]);
    expect([...scanner.occurringList('制裁')]).toEqual([1]);
    expect([...scanner.occurringList('nothing')]).toEqual([]);
    expect([...scanner.occurring('С')]).toEqual([0, 0, 0, 1]);
  });
});

describe('extraction with the shortcuts in place', () => {
  it('reads a Japanese sentence into the same morphemes every time', () => {
    const sentence = '三井物産はモザンビークのLNG事業に出資している。';
    const first = japaneseTokens(sentence);
    expect(japaneseTokens(sentence)).toEqual(first);
    expect(first.find((t) => t.surface_form === 'は')).toMatchObject({ pos: '助詞', pos_detail_1: '係助詞' });
    expect(first.map((t) => t.surface_form).join('')).toBe(sentence);
  });

  it('finds a lexicon name at the start of a word, never inside one', () => {
    const doc = extractText('Gazprom holds a 50% stake in the Sakhalin-2 project, while Gazpromneft is a separate firm.');
    const gazprom = entityId(doc, 'Gazprom');
    expect(gazprom).toBeDefined();
    expect(doc.mentions.filter((m) => m.entityId === gazprom).map((m) => m.surface)).toEqual(['Gazprom']);
    const stake = relation(doc, gazprom!, 'HOLDS_STAKE_IN', entityId(doc, 'Sakhalin-2') ?? '');
    expect(stake?.properties.share).toBe(0.5);
    expect(stake?.evidence[0].sentence).toContain('holds a 50% stake in the Sakhalin-2 project');
  });
});

describe('the warm-up extraction runs while it loads', () => {
  it('leaves what a later document yields as it was', () => {
    const texts = [
      '2023年5月，俄罗斯天然气工业股份公司与中国石油天然气集团公司签署协议。日本从卡塔尔进口液化天然气。',
      'Mitsui holds a 20% stake in the Mozambique LNG project. Japan imported coal from Australia.',
      '三菱商事はカタールからLNGを輸入した。',
    ];
    const read = () => texts.map((t) => {
      const doc = extractText(t);
      return { mentions: doc.mentions, entities: doc.entities, relations: doc.relations };
    });
    const cold = read();
    compileRuleExpressions();
    warmUpExtraction();
    expect(read()).toEqual(cold);
  });

  it('leaves every rule expression to start its next search at the beginning', () => {
    compileRuleExpressions();
    for (const lang of RULE_LANGS) for (const rule of relationRules()[lang]) expect([rule.regex.lastIndex, rule.repeat?.lastIndex ?? 0]).toEqual([0, 0]);
  });
});
