import { testGraph } from '../helpers/graph';
import { applySchema } from '../../graph/schema';

const graph = testGraph();
afterAll(() => graph.close());

describe('schema', () => {
  it('has the uniqueness constraints and the CJK full-text index, and applying it twice is harmless', async () => {
    await applySchema(graph);
    const constraints = await graph.readRows<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
    const names = constraints.map((c) => c.name);
    for (const expected of ['entity_id', 'document_id', 'source_id', 'annotation_id', 'user_username']) {
      expect(names).toContain(expected);
    }
    const [fulltext] = await graph.readRows<{ analyzer: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names' RETURN options.indexConfig.`fulltext.analyzer` AS analyzer",
    );
    expect(fulltext.analyzer).toBe('cjk');
    const relIndexes = await graph.readRows<{ name: string }>("SHOW INDEXES YIELD name, entityType WHERE entityType = 'RELATIONSHIP' RETURN name");
    expect(relIndexes.map((i) => i.name)).toContain('rel_holds_stake_in_id');
  });

  it('rejects a second entity with the same id', async () => {
    await graph.writeRows("MERGE (:Entity {id: 'schema-test-dup'})");
    await expect(graph.writeRows("CREATE (:Entity {id: 'schema-test-dup'})")).rejects.toThrow(/already exists/);
    await graph.writeRows("MATCH (e:Entity {id: 'schema-test-dup'}) DELETE e");
  });
});
