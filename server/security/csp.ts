/**
 * The explorer's Content-Security-Policy. helmet's default adds `upgrade-insecure-requests`,
 * which makes browsers fetch the scripts over https: the explorer then fails to load over plain
 * HTTP on any host but loopback. That directive is sent only when the server is known to sit
 * behind HTTPS (TRUST_PROXY set, so X-Forwarded-Proto can say so) — see app.ts.
 */
export function contentSecurityDirectives(behindHttpsProxy: boolean): Record<string, string[] | null> {
  return {
    'img-src': ["'self'", 'data:', 'blob:'],
    'style-src': ["'self'", "'unsafe-inline'"],
    'upgrade-insecure-requests': behindHttpsProxy ? [] : null,
  };
}
