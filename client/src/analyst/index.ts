import type { Explorer } from '../explorer';
import { registerInspectorSection } from '../inspector';
import { registerToolbarItem } from '../toolbar';
import { renderAnnotations } from './annotationPanel';
import { createAnnotatedOnlyToggle, installBadgeStyles, refreshBadges } from './badges';
import { renderEntityAnalystActions } from './entityActions';
import { renderReview } from './reviewSection';
import { createLoginControl, loadUser, onUserChange } from './session';
import './analyst.css';

// The analysts' features in the explorer: login, annotations, review, analyst edges, merges.

export function installAnalystFeatures(explorer: Explorer): void {
  registerToolbarItem(createAnnotatedOnlyToggle(explorer));
  registerToolbarItem(createLoginControl());
  registerInspectorSection({ id: 'review', order: 25, appliesTo: 'edge', title: 'Review', render: renderReview });
  registerInspectorSection({ id: 'annotations', order: 35, appliesTo: 'both', title: 'Annotations', render: renderAnnotations });
  registerInspectorSection({ id: 'analyst-actions', order: 45, appliesTo: 'node', title: 'Analyst', render: renderEntityAnalystActions });
  installBadgeStyles(explorer);
  // A login or logout changes what the inspector offers.
  onUserChange(() => explorer.select(explorer.view.selected));
  void loadUser().then(() => refreshBadges(explorer));
}
