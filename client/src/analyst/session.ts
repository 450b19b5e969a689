import { button, el } from '../dom';
import { describeError } from '../status';
import { analystApi, type User } from './api';

// Who is logged in, for every analyst feature; a login form / user badge in the toolbar.

let current: User | null = null;
const listeners: ((user: User | null) => void)[] = [];

export function currentUser(): User | null {
  return current;
}

export function canWrite(): boolean {
  return current !== null && current.role !== 'viewer';
}

export function onUserChange(listener: (user: User | null) => void): void {
  listeners.push(listener);
}

function setUser(user: User | null): void {
  current = user;
  for (const listener of listeners) listener(user);
}

export async function loadUser(): Promise<void> {
  try {
    setUser(await analystApi.me());
  } catch {
    setUser(null);
  }
}

export function createLoginControl(): HTMLElement {
  const box = el('span', { className: 'login', 'data-testid': 'login' });
  const render = (user: User | null) => {
    box.replaceChildren();
    if (user) {
      box.append(
        el('span', { className: 'user', 'data-testid': 'current-user', text: `${user.username} (${user.role})`, title: `${user.username} (${user.role})` }),
        button('Log out', 'logout', () => {
          void analystApi.logout().finally(() => setUser(null));
        }),
      );
      return;
    }
    const username = el('input', { type: 'text', placeholder: 'user', 'aria-label': 'Username', 'data-testid': 'login-username', autocomplete: 'username' });
    const password = el('input', { type: 'password', placeholder: 'password', 'aria-label': 'Password', 'data-testid': 'login-password', autocomplete: 'current-password' });
    const message = el('span', { className: 'error', 'data-testid': 'login-error' });
    const form = el('form', { className: 'login-form' }, username, password, el('button', { type: 'submit', 'data-testid': 'login-submit', text: 'Log in' }), message);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      message.textContent = '';
      analystApi.login(username.value, password.value).then(setUser, (err: unknown) => {
        message.textContent = describeError(err, 'Logging in');
      });
    });
    box.append(form);
  };
  onUserChange(render);
  render(current);
  return box;
}

/**
 * When the server closes reads to anonymous callers (AUTH_REQUIRED_FOR_READS=true) the explorer
 * cannot even load the schema: offer the login form there, and start again once logged in.
 */
export function loginGate(err: unknown, onLogin: () => void): HTMLElement | null {
  if ((err as { status?: number }).status !== 401) return null;
  let done = false;
  onUserChange((user) => {
    if (!user || done) return;
    done = true;
    onLogin();
  });
  return el('div', { className: 'login-gate', 'data-testid': 'login-gate' }, el('p', { text: 'This graph needs a login.' }), createLoginControl());
}
