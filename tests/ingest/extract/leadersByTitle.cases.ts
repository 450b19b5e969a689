import { between, extractText, typeOf } from './helpers';

/**
 * Leaders and officials given by title, each on an invented sentence: a bare title takes the
 * body the passage is about (never a state named in passing), a state or firm written before
 * the title takes it, and one holder of two titles leads the body of each.
 */

describe('bare titles and the subject of the passage', () => {
  test("a minister's bare title takes the passage's state, not one the sentence before named in passing", () => {
    const doc = extractText(
      'Chile approved the Rio Blanco copper expansion on Tuesday. Chile expects exports to rise next year. The equipment was shipped from a Korean port last month. Mining Minister Aurora Williams called the approval "a signal to investors".',
    );
    expect(between(doc, 'Aurora Williams', 'LEADS', 'Chile')).toBeDefined();
    expect(between(doc, 'Aurora Williams', 'LEADS', 'South Korea')).toBeUndefined();
  });

  test("a firm's head by bare title leads the firm the passage is about", () => {
    const doc = extractText(
      'Woodside Energy approved a new gas field off Western Australia on Friday. Woodside Energy will sell most of the output to buyers in Japan. "This is a milestone for us," Chief Executive Meg O\'Neill said in a statement.',
    );
    expect(between(doc, "Meg O'Neill", 'LEADS', 'Woodside Energy')).toBeDefined();
  });

  test('a bare chief executive with two firms in the sentence leads neither', () => {
    const doc = extractText('Shell and BP both bid for the block, chief executive Jane Moreau told reporters.');
    expect(between(doc, 'Jane Moreau', 'LEADS', 'Shell')).toBeUndefined();
    expect(between(doc, 'Jane Moreau', 'LEADS', 'BP')).toBeUndefined();
  });
});

describe('holders at the time and ministers with a portfolio', () => {
  test('then-, former and interim before a head of government', () => {
    const doc = extractText("The pipeline deal was signed by Japan's then-prime minister Fumio Kishida in Tokyo.");
    expect(between(doc, 'Fumio Kishida', 'LEADS', 'Japan')).toMatchObject({ properties: expect.objectContaining({ role: 'then-prime minister' }) });
  });

  test('demonym, minister of a portfolio list, then the name: a person who leads the state', () => {
    const doc = extractText('"The refinery will open next year," Senegalese Minister of Mines and Geology Fatou Diallo said in Dakar.');
    expect(typeOf(doc, 'Fatou Diallo')).toBe('Person');
    expect(between(doc, 'Fatou Diallo', 'LEADS', 'Senegal')).toBeDefined();
  });
});

describe('Chinese titles', () => {
  test('国家主席 bare before the holder leads China, named before or after', () => {
    const doc = extractText('国家主席习近平出席了开幕式。中国将继续扩大能源合作。', 'invented.zh-Hans.txt');
    expect(between(doc, '习近平', 'LEADS', '中国')).toMatchObject({ properties: expect.objectContaining({ role: '国家主席' }) });
  });

  test('two titles joined by 、 give the holder the body of each', () => {
    const doc = extractText('阿曼外交大臣、阿曼石油公司董事长萨利姆·奥菲在马斯喀特表示，双方将扩大合作。', 'invented.zh-Hans.txt');
    expect(between(doc, '萨利姆·奥菲', 'LEADS', '阿曼')).toMatchObject({ properties: expect.objectContaining({ role: '外交大臣' }) });
    expect(between(doc, '萨利姆·奥菲', 'LEADS', '阿曼石油公司')).toMatchObject({ properties: expect.objectContaining({ role: '董事长' }) });
  });
});

describe('Japanese and Chinese holders of a second office', () => {
  test('a firm head said to serve also as a state\'s minister leads the state', () => {
    const doc = extractText('アフマド・ハリド社長は、インドネシアの投資相も兼ねる。', 'invented.ja.txt');
    expect(between(doc, 'アフマド・ハリド', 'LEADS', 'インドネシア')).toBeDefined();
  });

  test('a name after a minister\'s title is read up to 直言', () => {
    const doc = extractText('挪威能源部長哈爾沃森直言：「沒有新的許可證，就沒有新的投資。」', 'invented.zh-Hant.txt');
    expect(typeOf(doc, '哈爾沃森')).toBe('Person');
  });
});

