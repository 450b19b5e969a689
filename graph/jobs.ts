import type { Graph } from './connection';

/**
 * Upload jobs, recorded in the graph so that a server restart finds the jobs it had not
 * finished and resumes them or marks them failed with the reason — never loses them silently.
 * The per-file part is one JSON property: it is written whole with each change of a file.
 */

export interface StoredJob {
  id: string;
  state: string;
  createdBy: string;
  createdAt: number;
  finishedAt: number | null;
  reason: string | null;
  /** JSON of the files: names, sizes, states, results. */
  files: string;
}

export async function saveJob(graph: Graph, job: StoredJob): Promise<void> {
  await graph.writeRows('MERGE (j:IngestJob {id: $job.id}) SET j += $job', { job });
}

export async function findJob(graph: Graph, id: string): Promise<StoredJob | null> {
  const [row] = await graph.readRows<{ job: StoredJob }>('MATCH (j:IngestJob {id: $id}) RETURN properties(j) AS job', { id });
  return row?.job ?? null;
}

/** Jobs queued or running when the last server stopped, oldest first. */
export async function unfinishedJobs(graph: Graph): Promise<StoredJob[]> {
  const rows = await graph.readRows<{ job: StoredJob }>(
    "MATCH (j:IngestJob) WHERE j.state IN ['queued', 'running'] RETURN properties(j) AS job ORDER BY j.createdAt",
  );
  return rows.map((r) => r.job);
}
