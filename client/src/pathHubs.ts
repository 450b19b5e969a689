import type { EntitySummary, PathsResult } from './api/types';
import { button, el } from './dom';
import { entityLabel } from './graph/labels';
import type { Lang } from './state';
import './pathHubs.css';

// The hub safeguard for paths: by default at most HUB_PATHS of the listed paths may pass
// through a hub (the same threshold as expansion), and the analyst is told which hubs the
// paths run through and asked: avoid one of them, or let every path through hubs in.

export const HUB_PATHS = 2;

export interface HubChoices {
  /** Let every path through hubs in (find again without the cap). */
  includeAll(): void;
  /** Find again with this hub avoided. */
  avoid(hub: EntitySummary): void;
  /** Cap paths through hubs again. */
  capAgain(): void;
}

/** The notice above the path cards, or null when no path passes through a hub. */
export function hubNotice(answer: PathsResult, capped: boolean, lang: Lang, choices: HubChoices): HTMLElement | null {
  if (answer.hubs.length === 0) return null;
  const named = answer.hubs.slice(0, 5);
  const said = capped
    ? answer.heldBack > 0
      ? `${answer.heldBack} more path${answer.heldBack === 1 ? '' : 's'} through hubs held back: at most ${HUB_PATHS} are listed, so the paths around them show.`
      : `Paths through hubs are capped at ${HUB_PATHS}.`
    : 'Every path through hubs is listed.';
  return el(
    'div',
    { className: 'path-hubs', 'data-testid': 'path-hubs', role: 'status' },
    el('p', { 'data-testid': 'path-hubs-said', text: `Some paths pass through hubs, entities with so many links that they tell little about how the two ends are tied. ${said}` }),
    el(
      'ul',
      { className: 'chips' },
      ...named.map((hub) =>
        el(
          'li',
          { 'data-testid': 'path-hub', 'data-id': hub.entity.id },
          `${entityLabel(hub.entity, lang)} (${hub.entity.degree} links, ${hub.paths} path${hub.paths === 1 ? '' : 's'}) `,
          button('Avoid', 'path-hub-avoid', () => choices.avoid(hub.entity), 'Find the paths again without passing through it'),
        ),
      ),
    ),
    capped
      ? button('Include all paths through hubs', 'path-hubs-include', () => choices.includeAll())
      : button(`List at most ${HUB_PATHS} through hubs`, 'path-hubs-cap', () => choices.capAgain()),
  );
}
