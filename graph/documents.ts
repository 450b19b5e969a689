import type { Graph } from './connection';

export interface DocumentRow {
  id: string;
  title: string;
  author: string | null;
  path: string;
  lang: string;
  chars: number;
  text: string;
}

export async function countDocuments(graph: Graph): Promise<number> {
  const [row] = await graph.readRows<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
  return row.n;
}

export async function upsertDocuments(graph: Graph, rows: DocumentRow[]): Promise<void> {
  await graph.writeRows(
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d.title = row.title, d.author = row.author, d.path = row.path, d.lang = row.lang,
         d.chars = row.chars, d.text = row.text`,
    { rows },
  );
}
