import { extractText, relation } from './helpers';

/** Planned and reported relations keep the relation and say so; a plain statement says nothing. */
describe('planned and reported relations', () => {
  test('a plan in English, Chinese and Russian is kept with status planned', () => {
    expect(relation(extractText('Japan plans to import LNG from Qatar under a new contract.', 'a.en.txt'), 'japan', 'IMPORTS_FROM', 'qatar')?.properties.status).toBe('planned');
    expect(relation(extractText('日本將於明年從卡塔爾進口液化天然氣。', 'b.txt'), 'japan', 'IMPORTS_FROM', 'qatar')?.properties.status).toBe('planned');
    expect(relation(extractText('Россия планирует поставлять газ в Китай.', 'c.ru.txt'), 'russia', 'SUPPLIES', 'china')?.properties.status).toBe('planned');
  });

  test('a report named at the start of the sentence makes the relation reported', () => {
    expect(relation(extractText('據報道，日本從卡塔爾進口液化天然氣。', 'd.txt'), 'japan', 'IMPORTS_FROM', 'qatar')?.properties.status).toBe('reported');
  });

  test('a statement of fact has no status, and a plan inside a name is no plan', () => {
    expect(relation(extractText('日本從卡塔爾進口液化天然氣。', 'e.txt'), 'japan', 'IMPORTS_FROM', 'qatar')?.properties.status).toBeUndefined();
    const named = extractText('日本實施《綠色成長行動計劃》。', 'f.txt');
    const implementing = named.relations.find((r) => r.subject === 'japan' && r.type === 'IMPLEMENTS');
    expect(implementing).toBeDefined();
    expect(implementing?.properties.status).toBeUndefined();
  });
});
