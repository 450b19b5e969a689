import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { exportGraph } from '../../graph/explore/export';
import { toCsv, toGraphml, toJson } from '../../graph/explore/exportFormats';
import { toGexf } from '../../graph/explore/exportGexf';
import { exportQuery } from '../../contract/exploreQueries';
import { parseQuery } from '../validation';

const formats = {
  json: { type: 'application/json; charset=utf-8', write: toJson },
  graphml: { type: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  gexf: { type: 'application/gexf+xml; charset=utf-8', write: toGexf },
  csv: { type: 'text/csv; charset=utf-8', write: toCsv },
} as const;

export function exportRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const { format, ids } = parseQuery(exportQuery, req);
    const data = await exportGraph(graph, ids && ids.length > 0 ? ids : undefined);
    const { type, write } = formats[format];
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename="graph-${ids ? 'selection' : 'all'}.${format}"`);
    if (data.truncated) res.setHeader('X-Export-Truncated', 'true');
    res.send(write(data));
  });
  return router;
}
