import { button } from '../dom';
import { onUserChange } from '../analyst/session';
import { createAuditView } from './view';
import './audit.css';

/** The audit view, offered (in `actions`) to admins only (the API refuses anyone else). */
export function installAuditView(stage: HTMLElement, actions: HTMLElement): void {
  const { view, show } = createAuditView();
  const open = button('Audit', 'audit-open', show, 'Who did what: the audit log');
  open.hidden = true;
  onUserChange((user) => {
    open.hidden = user?.role !== 'admin';
    if (open.hidden) view.hidden = true;
  });
  actions.append(open);
  stage.append(view);
}
