import type { Explorer } from '../explorer';
import { button } from '../dom';
import { analystApi, type Stance } from './api';

// Badges on annotated edges (count and a halo in the stance's colour) and the "annotated only"
// filter. Counts come from /api/annotations/summary for the edges on the canvas.

const stanceColour: Record<Stance, string> = { supports: '#2e7d32', disputes: '#c62828', note: '#1565c0' };
let annotatedOnly = false;

/** The dominant stance: a dispute outweighs support, support outweighs a bare note. */
function headline(stances: Stance[]): Stance {
  if (stances.includes('disputes')) return 'disputes';
  if (stances.includes('supports')) return 'supports';
  return 'note';
}

export function installBadgeStyles(explorer: Explorer): void {
  const { cy } = explorer.canvas;
  // Through the canvas, so the rules survive its stylesheet being rebuilt (large-graph mode).
  explorer.canvas.addStyle([
    {
      selector: 'edge[annotationBadgeCount > 0]',
      style: {
        'source-label': 'data(annotationBadge)',
        'source-text-offset': 22,
        'font-size': 10,
        'underlay-color': 'data(annotationColour)',
        'underlay-opacity': 0.35,
        'underlay-padding': 4,
      },
    },
    { selector: 'edge.analyst-unannotated', style: { display: 'none' } },
  ]);
  cy.on('add', 'edge', () => scheduleRefresh(explorer));
}

let timer: number | undefined;
function scheduleRefresh(explorer: Explorer): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void refreshBadges(explorer), 150);
}

/** Re-reads the summaries for the given edges (default: every edge on the canvas). */
export async function refreshBadges(explorer: Explorer, ids?: string[]): Promise<void> {
  const { cy } = explorer.canvas;
  const edgeIds = ids ?? cy.edges().map((e) => e.id());
  for (let i = 0; i < edgeIds.length; i += 200) {
    const chunk = edgeIds.slice(i, i + 200);
    let summaries: Awaited<ReturnType<typeof analystApi.summaries>>;
    try {
      summaries = await analystApi.summaries(chunk);
    } catch {
      return; // badges are a hint; the inspector shows the annotations themselves
    }
    cy.batch(() => {
      for (const id of chunk) {
        const edge = cy.getElementById(id);
        if (edge.empty()) continue;
        const summary = summaries[id];
        edge.data('annotationBadgeCount', summary?.count ?? 0);
        edge.data('annotationBadge', summary ? `✎${summary.count}` : '');
        edge.data('annotationColour', summary ? stanceColour[headline(summary.stances)] : '#000000');
        edge.data('annotationStance', summary ? headline(summary.stances) : null);
      }
    });
  }
  applyAnnotatedOnly(explorer);
}

function applyAnnotatedOnly(explorer: Explorer): void {
  const { cy } = explorer.canvas;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      edge.toggleClass('analyst-unannotated', annotatedOnly && !((edge.data('annotationBadgeCount') as number | undefined) ?? 0));
    });
  });
}

export function createAnnotatedOnlyToggle(explorer: Explorer): HTMLElement {
  const toggle = button('Annotated only', 'annotated-only', () => {
    annotatedOnly = !annotatedOnly;
    toggle.setAttribute('aria-pressed', String(annotatedOnly));
    toggle.classList.toggle('active', annotatedOnly);
    applyAnnotatedOnly(explorer);
  }, 'Show only edges analysts have annotated');
  toggle.setAttribute('aria-pressed', 'false');
  return toggle;
}
