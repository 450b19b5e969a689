import { extractText, typeOf } from '../helpers';

/** Japanese facility and strategy heads (data/rules/ja/names.json, data/rules/zh/heads.json for 「」). Invented sentences. */
describe('Japanese facilities and strategies', () => {
  test('a coal mine, a refinery and a works named by katakana or a place', () => {
    const doc = extractText('同社はモランバ炭鉱とカラムンダ精製所を買収し、川崎事業所の設備を更新した。');
    expect(typeOf(doc, 'モランバ炭鉱')).toBe('Project');
    expect(typeOf(doc, 'カラムンダ精製所')).toBe('Project');
  });

  test('a strategy in 「」 is a policy', () => {
    const doc = extractText('インドネシア政府は「ニッケル下流化戦略」を発表した。');
    expect(typeOf(doc, 'ニッケル下流化戦略')).toBe('Policy');
  });

  test('a works described, not named, is no entity', () => {
    const doc = extractText('同社は国内の事業所を二つ閉鎖した。');
    expect(doc.entities.some((e) => e.name.endsWith('事業所'))).toBe(false);
  });
});

describe('rare-earth elements in Japanese and Russian', () => {
  test('elements by their Japanese and Russian names', () => {
    const doc = extractText('同社はネオジムとジスプロシウムの調達先を広げる。');
    expect(doc.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['neodymium', 'dysprosium']));
    const ru = extractText('Поставки тербия и иттрия из Китая сократились.');
    expect(ru.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['terbium', 'yttrium']));
  });
});
