import { ApiError } from '../errors';

/**
 * A global cap on password-hash checks running at once. argon2 is memory- and CPU-hard on
 * purpose; about 85 checks a second were enough to starve libuv's thread pool and with it every
 * other request. Checks beyond the cap wait in a short queue; when the queue is full the login
 * is refused at once with 503 and Retry-After instead of piling up.
 */
export class HashGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly concurrent = Number(process.env.LOGIN_CONCURRENT_HASHES ?? 2), private readonly queue = Number(process.env.LOGIN_HASH_QUEUE ?? 32)) {}

  async run<T>(check: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrent) {
      if (this.waiting.length >= this.queue) throw new ApiError(503, 'busy', 'Too many logins at once; try again in a moment.', { retryAfter: 1 });
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await check();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `running` stays counted.
      if (next) next();
      else this.running--;
    }
  }
}
