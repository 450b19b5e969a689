/**
 * TRUST_PROXY: how many reverse proxies stand in front of the server (or `true`/`false`, or a
 * list of addresses Express understands). Only when it is set does the server believe
 * X-Forwarded-For / X-Forwarded-Proto: rate limits then count the forwarded address, cookies
 * become Secure on HTTPS and the page asks the browser to upgrade insecure requests.
 */
export function trustProxySetting(value = process.env.TRUST_PROXY): boolean | number | string {
  if (value === undefined || value.trim() === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
