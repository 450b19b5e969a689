import { extractText, triples, typeOf } from './helpers';

/** A firm's description written right before its name (挪威钻井公司Seadrill) is no firm of its own. */

describe('Chinese descriptions before a name', () => {
  test('a head word right before a Latin or quoted name describes that name, and the state before it is its seat', () => {
    const doc = extractText('韓國石油公社動用挪威鑽井公司Seadrill旗下的鑽井船。澳洲新創公司「太陽纜線」獲得許可。', 'x.zh-Hant.txt');
    expect(typeOf(doc, '鑽井公司')).toBeUndefined();
    expect(typeOf(doc, '新創公司')).toBeUndefined();
    expect(typeOf(doc, 'Seadrill')).toBe('Firm');
    expect(triples(doc)).toContain('seadrill LOCATED_IN norway');
  });

  test('a firm named with its head word before a clause keeps its name, and a body before its leader\'s title stays a body', () => {
    expect(typeOf(extractText('菲律賓PXP能源公司在禮樂灘（Reed Bank）的探勘作業暫停。', 'x.zh-Hant.txt'), 'PXP能源公司')).toBe('Firm');
    expect(typeOf(extractText('利比亞總統委員會主席孟菲（Mohamed al-Menfi）表示反對。', 'x.zh-Hant.txt'), '總統委員會')).toBe('Organization');
  });
});
