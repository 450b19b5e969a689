// Splits "the edges among these new nodes and those already drawn" into asks the API takes:
// each ask names at most `max` ids and at most `max` others (a query string has a size limit).

export interface EdgeAsk {
  ids: string[];
  others: string[];
}

function chunks(list: string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Every pair (fresh, fresh) and (fresh, known) is covered by an ask (the API answers the edges
 * among `ids` in each ask of a chunk; the canvas draws an edge once); pairs of two known
 * nodes never are (their edges are drawn already). A chunk of fresh nodes counts as known for
 * the chunks after it.
 */
export function edgeAsks(fresh: string[], known: string[], max: number): EdgeAsk[] {
  const asks: EdgeAsk[] = [];
  let before = [...known];
  for (const ids of chunks([...new Set(fresh)], max)) {
    const others = chunks(before, max);
    if (others.length === 0) asks.push({ ids, others: [] });
    for (const part of others) asks.push({ ids, others: part });
    before = [...before, ...ids];
  }
  return asks;
}
