import type { Dock } from '../dock/dock';
import type { Explorer } from '../explorer';
import { createTimelinePanel } from './timelinePanel';

/** The timeline, docked under the canvas behind its "Timeline" tab. */
export function installTimeline(explorer: Explorer, dock: Dock): void {
  const timeline = createTimelinePanel(explorer);
  const docked = dock.add(timeline.panel, { label: 'Timeline', testid: 'timeline-toggle', onOpen: timeline.refresh });
  // With the panel closed, the tab still says the canvas shows one period only.
  timeline.onPeriodChange((note) => docked.setNote(note));
}
