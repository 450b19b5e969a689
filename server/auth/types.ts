import type { Role } from '../../graph/analyst/users';

export interface AuthUser {
  username: string;
  role: Role;
}

/** How the request proved who it is: a browser session cookie or a script's API token. */
export interface AuthContext {
  user: AuthUser;
  via: 'session' | 'token';
  /** Hash of the session cookie (sessions only), to end it on logout. */
  sessionId?: string;
  csrfToken?: string;
  /** What an API token may do (tokens only): a read token is refused every write. */
  scope?: 'read' | 'write';
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by authenticate(); undefined for anonymous requests. */
      user?: AuthUser;
      auth?: AuthContext;
    }
  }
}
