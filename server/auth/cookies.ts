import type { Request, Response } from 'express';

export const sessionCookie = 'egg_session';
export const sessionDays = 7;

/** HTTP-only (scripts can't read it) and SameSite=Strict (other sites can't send it). */
export function setSessionCookie(req: Request, res: Response, value: string, expires: Date): void {
  res.cookie(sessionCookie, value, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', expires });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(sessionCookie, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
}
