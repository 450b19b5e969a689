import { extractText, triples } from './helpers';

/** Opposing sanctions is not imposing them, in every language; sanctions someone else imposes stay. */

const sanctions = (text: string, file: string) => triples(extractText(text, file)).filter((t) => t.includes('SANCTIONS'));

describe('opposed sanctions', () => {
  test('the subject that opposes sanctions is not their author', () => {
    expect(sanctions('印度反对对俄罗斯实施单边制裁。', 'x.zh-Hans.txt')).toEqual([]);
    expect(sanctions('インドはロシアへの制裁に反対している。', 'x.ja.txt')).toEqual([]);
    expect(sanctions('India has refused to join the sanctions against Russia.', 'x.en.txt')).toEqual([]);
    expect(sanctions('Индия выступает против санкций в отношении России.', 'x.ru.txt')).toEqual([]);
  });

  test('sanctions imposed by another subject in the sentence stay', () => {
    expect(sanctions('The United States imposed sanctions on Russia, which India opposed.', 'x.en.txt')).toEqual(['united-states SANCTIONS russia']);
    expect(sanctions('美國對俄羅斯實施制裁，印度表示反對。', 'x.zh-Hant.txt')).toEqual(['united-states SANCTIONS russia']);
  });
});
