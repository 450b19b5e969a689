import { button } from '../dom';
import { registerToolbarItem } from '../toolbar';
import { onUserChange } from '../analyst/session';
import { createAuditView } from './view';
import './audit.css';

/** The audit view, offered in the toolbar to admins only (the API refuses anyone else). */
export function installAuditView(stage: HTMLElement): void {
  const { view, show } = createAuditView();
  const open = button('Audit', 'audit-open', show, 'Who did what: the audit log');
  open.hidden = true;
  onUserChange((user) => {
    open.hidden = user?.role !== 'admin';
    if (open.hidden) view.hidden = true;
  });
  registerToolbarItem(open);
  stage.append(view);
}
