import { japaneseTokenizer } from '../../../ingest/extract/japanese/analyser';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ViterbiBuilder = require('kuromoji/src/viterbi/ViterbiBuilder') as { prototype: { build(sentence: string): unknown } };

type Builder = { build(sentence: string): unknown };

/** Tokens of a sentence with kuromoji's own lattice builder (the product installs a linear one). */
function withOriginalBuilder<T>(run: () => T): T {
  const builder = (japaneseTokenizer() as unknown as { viterbi_builder: Builder }).viterbi_builder;
  const linear = builder.build;
  builder.build = (s: string) => ViterbiBuilder.prototype.build.call(builder, s);
  try {
    return run();
  } finally {
    builder.build = linear;
  }
}

describe('Japanese morphology', () => {
  it.each([
    '2023年11月、三井物産はロシアのアークティックLNG2から撤退すると発表した。',
    '東京電力ホールディングスは柏崎刈羽原子力発電所6号機の再稼働を目指している',
    'INPEXが操業するイクシスLNGプロジェクトには、東京ガスや関西電力、JERAが出資している。',
    'ＡＢＣ１２３とabc123、カタカナカタカナ、ひらがなの連続',
    '𠮷野家の前で',
    '',
  ])('cuts %p into the same words as kuromoji', (sentence) => {
    const tokenizer = japaneseTokenizer();
    const expected = withOriginalBuilder(() => tokenizer.tokenize(sentence));
    expect(tokenizer.tokenize(sentence)).toEqual(expected);
  });

  it('cuts a long sentence in time that grows with its length, not its square', () => {
    const sentence = `${'ロシアの天然ガス事業から日本企業が撤退し、'.repeat(150)}。`;
    const tokenizer = japaneseTokenizer();
    tokenizer.tokenize(sentence);
    const t = performance.now();
    const tokens = tokenizer.tokenize(sentence);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(tokens).toEqual(withOriginalBuilder(() => tokenizer.tokenize(sentence)));
  });
});
