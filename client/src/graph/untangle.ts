import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { clearingMove, edgesThroughNodes, segmentHitsBox, type Crossing, type EdgeLine, type NodeBox, type Point } from './crossings';

// After a layout: nodes an edge is drawn through are moved off its line, a few rounds, until no
// edge passes over a node it does not join. Concentric rings put a node between the centre and
// an outer node; breadth-first rows put one between levels two apart — both read as edges to
// the node in the way. Pinned nodes stay where the analyst put them.

/** Room left between a moved node and the line it was in the way of (model pixels). */
const MARGIN = 6;
const ROUNDS = 15;

function boxOf(node: NodeSingular): NodeBox {
  const b = node.boundingBox({ includeLabels: false, includeOverlays: false } as never);
  return { id: node.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
}

/** The drawn line of an edge: straight, or a curve (parallel edges) sampled along its bezier. */
function lineOf(edge: EdgeSingular): EdgeLine {
  const s = edge.source().position();
  const t = edge.target().position();
  const controls = (edge.controlPoints?.() as Point[] | undefined) ?? [];
  let points: Point[] = [s, t];
  if (controls.length === 1) {
    const c = controls[0];
    points = [];
    for (let i = 0; i <= 8; i++) {
      const u = i / 8;
      const a = (1 - u) * (1 - u);
      const b = 2 * u * (1 - u);
      const d = u * u;
      points.push({ x: a * s.x + b * c.x + d * t.x, y: a * s.y + b * c.y + d * t.y });
    }
  } else if (controls.length > 1) points = [s, ...controls, t];
  return { id: edge.id(), source: edge.source().id(), target: edge.target().id(), points: points.map((p) => ({ x: p.x, y: p.y })) };
}

/** Which visible edges pass through which unrelated visible nodes, as drawn now. */
export function crossingsOf(elements: Collection): Crossing[] {
  return edgesThroughNodes(visibleNodes(elements).map(boxOf), visibleEdges(elements).map(lineOf));
}

function visibleNodes(elements: Collection): NodeSingular[] {
  return elements.nodes().toArray().filter((n) => n.visible()) as NodeSingular[];
}

function visibleEdges(elements: Collection): EdgeSingular[] {
  return (elements.edges().toArray() as EdgeSingular[]).filter((e) => e.visible() && !e.isLoop());
}

/** Moves nodes off the edges drawn through them; returns the crossings left (pinned nodes, knots). */
export function untangle(cy: Core, elements: Collection): number {
  for (let round = 0; round < ROUNDS; round++) {
    const boxes = new Map(visibleNodes(elements).map((n) => [n.id(), boxOf(n)]));
    const lines = new Map(visibleEdges(elements).map((e) => [e.id(), lineOf(e)]));
    const crossings = edgesThroughNodes([...boxes.values()], [...lines.values()]);
    if (crossings.length === 0) return 0;
    const moves = new Map<string, Point>();
    for (const { edge, node } of crossings) {
      if (cy.getElementById(node).locked()) continue;
      const box = boxes.get(node)!;
      const points = lines.get(edge)!.points;
      let move: Point = { x: 0, y: 0 };
      for (let i = 0; i + 1 < points.length; i++) {
        if (segmentHitsBox(points[i], points[i + 1], box)) {
          // A node that keeps landing on lines is moved further each round, out of the knot.
          move = clearingMove(points[i], points[i + 1], box, MARGIN * (1 + round / 2));
          break;
        }
      }
      const sum = moves.get(node) ?? { x: 0, y: 0 };
      moves.set(node, { x: sum.x + move.x, y: sum.y + move.y });
    }
    if (moves.size === 0) break;
    cy.batch(() => {
      for (const [id, move] of moves) {
        const node = cy.getElementById(id);
        const at = node.position();
        node.position({ x: at.x + move.x, y: at.y + move.y });
      }
    });
  }
  return relocate(cy, elements);
}

/**
 * The knots nudging leaves (lines pushing a node opposite ways, a big hub in the middle of
 * rings): for each crossing left, one of the three nodes involved — the node in the way or an
 * end of the line, the one with the fewest lines first — is put at the nearest spot on a
 * widening spiral where no line crosses it and its own lines cross no other node.
 */
/** Beyond this many crossings after nudging, the spot search (each try checks every line) is left out. */
const RELOCATE_MAX = 60;

function relocate(cy: Core, elements: Collection): number {
  for (let pass = 0; pass < 8; pass++) {
    const left = crossingsOf(elements);
    if (left.length === 0 || left.length > RELOCATE_MAX) return left.length;
    for (const crossing of left) {
      if (!crossingsOf(elements).some((c) => c.edge === crossing.edge && c.node === crossing.node)) continue;
      const edge = cy.getElementById(crossing.edge) as EdgeSingular;
      const candidates = [cy.getElementById(crossing.node) as NodeSingular, edge.source(), edge.target()]
        .filter((n) => !n.locked())
        .sort((a, b) => a.degree(false) - b.degree(false));
      for (const node of candidates) if (moveToClearSpot(node, elements)) break;
    }
  }
  return crossingsOf(elements).length;
}

function moveToClearSpot(node: NodeSingular, elements: Collection): boolean {
  const id = node.id();
  const box = boxOf(node);
  const at = node.position();
  const size = Math.max(box.x2 - box.x1, box.y2 - box.y1, 10);
  const edges = visibleEdges(elements);
  const others = visibleNodes(elements).filter((n) => n.id() !== id).map(boxOf);
  const mine = edges.filter((e) => e.source().id() === id || e.target().id() === id);
  const mineIds = new Set(mine.map((e) => e.id()));
  const rest = edges.filter((e) => e.source().id() !== id && e.target().id() !== id).map(lineOf);
  const fits = (p: Point): boolean => {
    const moved: NodeBox = { id, x1: p.x - (at.x - box.x1), y1: p.y - (at.y - box.y1), x2: p.x + (box.x2 - at.x), y2: p.y + (box.y2 - at.y) };
    if (others.some((o) => o.x1 < moved.x2 && moved.x1 < o.x2 && o.y1 < moved.y2 && moved.y1 < o.y2)) return false;
    if (rest.some((line) => line.points.some((q, i) => i > 0 && segmentHitsBox(line.points[i - 1], q, moved)))) return false;
    const lines = mine.map((e) => {
      const other = e.source().id() === id ? e.target() : e.source();
      return { id: e.id(), source: id, target: other.id(), points: [p, other.position()] };
    });
    return edgesThroughNodes(others, lines).length === 0;
  };
  for (let ring = 1; ring <= 80; ring++) {
    const steps = ring < 10 ? 16 : 32;
    for (let step = 0; step < steps; step++) {
      const angle = (step / steps) * 2 * Math.PI;
      const p = { x: at.x + Math.cos(angle) * ring * size * 0.5, y: at.y + Math.sin(angle) * ring * size * 0.5 };
      if (!fits(p)) continue;
      node.position(p);
      // The test above drew this node's lines straight; parallel edges are drawn curved, so the
      // spot counts only when the lines as drawn clear every node too.
      if (!crossingsOf(elements).some((c) => c.node === id || mineIds.has(c.edge))) return true;
    }
  }
  node.position(at);
  return false;
}
