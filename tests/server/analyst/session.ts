import request from 'supertest';
import type { Express } from 'express';
import { testPassword } from '../../graph/analyst/fixtures';

export interface LoggedIn {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
}

/** A supertest agent carrying the session cookie, plus the CSRF token login returned. */
export async function login(app: Express, username: string, password = testPassword): Promise<LoggedIn> {
  const agent = request.agent(app);
  const res = await agent.post('/api/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return { agent, csrf: res.body.csrfToken as string };
}
