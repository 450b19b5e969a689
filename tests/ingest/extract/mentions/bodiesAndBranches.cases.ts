import { extractText } from '../helpers';

/** Bodies and branches of bodies, stock exchanges, metal firms, and descriptions before a known name. Invented sentences. */

const entity = (text: string, file: string, name: string) => extractText(text, file).entities.find((e) => e.name === name || e.aliases.includes(name));

describe('bodies, branches and descriptions', () => {
  test("a known body's name with more words is a branch of that body, a body too", () => {
    expect(entity('Greenpeace Denmark said the plan was reckless.', 'x.en.txt', 'Greenpeace Denmark')?.type).toBe('Organization');
  });

  test('a head word right before a known name describes that name: 黑海港口新罗西斯克 names no port of its own', () => {
    const doc = extractText('原油经里海沿岸港口阿克套出口。', 'x.zh-Hans.txt');
    expect(doc.entities.some((e) => e.name.endsWith('港口'))).toBe(false);
  });

  test('Japanese exchanges and metal firms by their head word', () => {
    expect(entity('新会社は大阪取引所に上場する。', 'x.ja.txt', '大阪取引所')?.type).toBe('Organization');
    expect(entity('日本軽金属は新工場を建設する。', 'x.ja.txt', '日本軽金属')?.type).toBe('Firm');
  });

  test("Taiwan's legislature and cabinet", () => {
    expect(entity('立法院三讀通過修正案。', 'x.zh-Hant.txt', '立法院')?.id).toBe('legislative-yuan');
  });
});

describe('Russian titles before a body and its head', () => {
  test('the names between a title and a known person are the body the person heads', () => {
    const doc = extractText('Председатель Меджлиса Туркменистана Гурбангулы Бердымухамедов выступил с речью.', 'x.ru.txt');
    expect(doc.entities.find((e) => e.id === 'gurbanguly-berdimuhamedov')?.type).toBe('Person');
    expect(doc.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });

  test('a military rank is a title: the name after it is a person', () => {
    const doc = extractText('Визит старшего генерала Мин Аун Хлайна прошел в Москве.', 'x.ru.txt');
    expect(doc.entities.find((e) => e.type === 'Person')?.name).toBe('Мин Аун Хлайна');
  });
});

describe('English places placed by their neighbours', () => {
  test('a facility "at" a name that a known state places is at a place; a field is not', () => {
    expect(entity('Yara ships CO2 from its plant at Porsgrunn in Norway.', 'x.en.txt', 'Porsgrunn')?.type).toBe('Place');
    expect(entity('Equinor starts output at Johan Sverdrup in the North Sea', 'x.en.txt', 'Johan Sverdrup')?.type).not.toBe('Place');
  });

  test('one word after a compass direction is a place', () => {
    expect(entity('The terminal stands 20 km north of Hammerfest.', 'x.en.txt', 'Hammerfest')?.type).toBe('Place');
  });
});

describe('Japanese foreign firms by a katakana head', () => {
  test('カッパー and ミネラルズ end a foreign firm’s name', () => {
    expect(entity('サザン・カッパーはペルーで銅を生産する。', 'x.ja.txt', 'サザン・カッパー')?.type).toBe('Firm');
    expect(entity('BHPはQXミネラルズを買収した。', 'x.ja.txt', 'QXミネラルズ')?.type).toBe('Firm');
  });
});

describe('Japanese smelters the dictionary cuts in three', () => {
  test('製|錬|所 and 精|錬|所 still end a project’s name', () => {
    expect(entity('住友金属鉱山の新居浜精錬所が稼働した。', 'x.ja.txt', '新居浜精錬所')?.type).toBe('Project');
  });
});

describe('operators after "run by"', () => {
  test('what runs or operates a facility is a firm; who leads one is a person', () => {
    expect(entity('The waste incinerator in Bergen, run by Norvik Varme, will capture CO2.', 'x.en.txt', 'Norvik Varme')?.type).toBe('Firm');
    expect(entity('The company is led by Maria Olsen.', 'x.en.txt', 'Maria Olsen')?.type).toBe('Person');
  });
});
