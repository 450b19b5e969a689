import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { exportGraph } from '../../graph/explore/export';
import { csvPieces, graphmlPieces, jsonPieces } from '../../graph/explore/exportFormats';
import { gexfPieces } from '../../graph/explore/exportGexf';
import { exportQuery } from '../../contract/exploreQueries';
import { parseQuery } from '../validation';
import { streamText } from '../streamText';

const formats = {
  json: { type: 'application/json; charset=utf-8', write: jsonPieces },
  graphml: { type: 'application/graphml+xml; charset=utf-8', write: graphmlPieces },
  gexf: { type: 'application/gexf+xml; charset=utf-8', write: gexfPieces },
  csv: { type: 'text/csv; charset=utf-8', write: csvPieces },
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
    // Written a slice at a time: the whole graph as one string held the process for a long while.
    await streamText(res, write(data));
  });
  return router;
}
