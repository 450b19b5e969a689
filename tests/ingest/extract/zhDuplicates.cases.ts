import { extractText } from './helpers';

/** Names of one thing written differently in one document resolve to one entity with every name. */

function holding(text: string, alias: string) {
  return extractText(text).entities.filter((e) => e.aliases.includes(alias));
}

describe('Chinese name variants in one document', () => {
  test('协议 and 协定 name one agreement', () => {
    const [agreement] = holding('两国签署《日越贸易协议》。《日越贸易协定》于次年生效。', '日越贸易协议');
    expect(agreement.aliases).toContain('日越贸易协定');
  });

  test('a name with a modifier and the same name without it are one policy', () => {
    const [policy] = holding('安倍提出「俯瞰地球儀外交」。「地球儀外交」取得成果。', '地球儀外交');
    expect(policy.aliases).toContain('俯瞰地球儀外交');
  });

  test('a name with its head word and without it are one thing, typed by the head', () => {
    const [port] = holding('萨贝塔港（Sabetta）建成。首船在萨贝塔举行装船仪式。', '萨贝塔');
    expect(port).toMatchObject({ type: 'Project' });
    expect(port.aliases).toEqual(expect.arrayContaining(['萨贝塔港', 'Sabetta']));
  });
});
