import { button, el } from '../dom';
import { describeError } from '../status';
import { investigationsApi, investigationUrl, type Investigation, type ShareAccess } from './api';
import { currentInvestigation, setCurrentInvestigation } from './current';

// The owner's sharing controls: accounts (read or edit) and the secret link.

function applyShares(investigation: Investigation, answer: { shares: Investigation['shares']; linkKey: string | null }): void {
  setCurrentInvestigation({ ...investigation, shares: answer.shares, linkKey: answer.linkKey });
}

export function renderSharing(investigation: Investigation, say: (text: string) => void): HTMLElement {
  const act = (doing: string, task: () => Promise<{ shares: Investigation['shares']; linkKey: string | null }>) => {
    task().then(
      (answer) => {
        const now = currentInvestigation();
        if (now?.id === investigation.id) applyShares(now, answer);
      },
      (err: unknown) => say(describeError(err, doing)),
    );
  };
  const username = el('input', { type: 'text', placeholder: 'account', 'aria-label': 'Share with account', 'data-testid': 'share-username' });
  const access = el('select', { 'aria-label': 'Access', 'data-testid': 'share-access' });
  access.append(el('option', { value: 'read', text: 'can read' }), el('option', { value: 'edit', text: 'can edit' }));
  const form = el('form', { className: 'row' }, username, access, el('button', { type: 'submit', 'data-testid': 'share-submit', text: 'Share' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = username.value.trim();
    if (!name) return say('Type the account to share with.');
    act('Sharing', () => investigationsApi.share(investigation.id, name, access.value as ShareAccess));
  });
  const list = el('ul', { className: 'chips', 'data-testid': 'investigation-shares' });
  for (const share of investigation.shares) {
    const remove = button('×', 'share-remove', () => act('Unsharing', () => investigationsApi.unshare(investigation.id, share.username)), 'Stop sharing');
    list.append(el('li', { 'data-username': share.username }, `${share.username} (${share.access}) `, remove));
  }
  const link = investigation.linkKey
    ? el(
        'div',
        { className: 'row' },
        el('input', { type: 'text', readonly: true, value: investigationUrl(investigation.id, investigation.linkKey), 'aria-label': 'Shared link', 'data-testid': 'investigation-link' }),
        button('Revoke link', 'investigation-revoke-link', () => act('Revoking the link', () => investigationsApi.unlink(investigation.id))),
      )
    : button('Make a link', 'investigation-make-link', () => act('Making a link', () => investigationsApi.link(investigation.id)), 'A secret link that opens this investigation read-only to any account');
  return el('div', { className: 'investigation-sharing', 'data-testid': 'investigation-sharing' }, el('h4', { text: 'Share' }), form, list, link);
}
