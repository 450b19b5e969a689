import { extractText, triples } from './helpers';

/** Japanese marks a foreign firm by 社 after its name, or by a one-kanji state before it. */

const firms = (text: string) => extractText(text, 'x.ja.txt').entities.filter((e) => e.type === 'Firm').map((e) => e.name);

describe('foreign firms in Japanese', () => {
  test('社 after a katakana or Latin name marks a firm; the name is the part before it', () => {
    expect(firms('ノルデンシュタイン社は新たな鉱区を取得した。')).toEqual(['ノルデンシュタイン']);
    expect(firms('QXR社は銅山を買収した。')).toEqual(['QXR']);
    // A known firm written with 社 is that firm.
    expect(extractText('ガスプロム社はパイプラインを建設した。', 'x.ja.txt').entities.map((e) => e.id)).toEqual(['gazprom']);
    expect(firms('グローバル社会の課題だ。')).toEqual([]);
  });

  test('a state kanji and a foreign name before から, に or を is a firm, unless the dictionary knows a place', () => {
    expect(firms('東北電力は米ノースリッジ・エルエヌジーから年間50万トンを購入する。')).toContain('ノースリッジ・エルエヌジー');
    expect(extractText('米テキサスに新工場を建てる。', 'x.ja.txt').entities.filter((e) => e.type === 'Firm')).toEqual([]);
  });

  test('a supply asked for is not a supply by the one who asks', () => {
    expect(triples(extractText('東京ガスは豪ウッドサイドにLNGの供給を求めた。', 'x.ja.txt')).filter((t) => t.includes('SUPPLIES'))).toEqual([]);
    expect(triples(extractText('カタールは日本にLNGを供給している。', 'x.ja.txt'))).toContain('qatar SUPPLIES japan');
  });
});
