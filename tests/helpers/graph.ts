import { Graph } from '../../graph/connection';
import { externalConfig } from '../../graph/runtime';

/** A connection to the run's Neo4j (started by tests/globalSetup.ts). Close it in afterAll. */
export function testGraph(): Graph {
  const config = externalConfig();
  if (!config) throw new Error('NEO4J_URI is not set: run the tests through jest (tests/globalSetup.ts starts Neo4j).');
  return new Graph(config);
}
