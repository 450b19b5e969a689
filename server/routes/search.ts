import { Router } from 'express';
import type { Graph } from '../../graph/connection';
import { searchEntities } from '../../graph/explore/search';
import { searchWithFacets } from '../../graph/explore/searchFacets';
import { searchQuery } from '../../contract/exploreQueries';
import { parseQuery } from '../validation';

export function searchRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, types, limit, langs, documents, facets } = parseQuery(searchQuery, req);
    // Languages, documents and facet counts need each match's documents; plain search does not.
    if (!facets && !langs?.length && !documents?.length) {
      res.json({ results: await searchEntities(graph, { q, types, limit }) });
      return;
    }
    const answer = await searchWithFacets(graph, { q, types, langs, documents, limit });
    res.json(facets ? answer : { results: answer.results });
  });
  return router;
}
