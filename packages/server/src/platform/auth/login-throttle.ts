import { Errors } from '../errors/problem.ts';

/** Limits on failed sign-ins. */
export interface LoginThrottleLimits {
  /** Failed attempts allowed per client address and e-mail within the window. */
  maxFailures: number;
  windowMs: number;
}

interface Entry {
  failures: number;
  resetAt: number;
}

/**
 * Counts failed sign-ins per client address and e-mail, in memory. Only failures count and a
 * success clears the count, so colleagues signing in often are never blocked while guessing a
 * password is. Keyed on address and e-mail together, so nobody can lock another person out from
 * elsewhere. @fastify/rate-limit caps all attempts per address on top of this.
 */
export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly limits: LoginThrottleLimits) {}

  private key(address: string, email: string): string {
    return `${address}|${email.trim().toLowerCase()}`;
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.resetAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Throws too-many-attempts when this address already failed too often for this e-mail. */
  check(address: string, email: string, now = Date.now()): void {
    const entry = this.live(this.key(address, email), now);
    if (entry && entry.failures >= this.limits.maxFailures) throw Errors.tooManyAttempts((entry.resetAt - now) / 1000);
  }

  /** Records a failed attempt. */
  fail(address: string, email: string, now = Date.now()): void {
    const key = this.key(address, email);
    const entry = this.live(key, now) ?? { failures: 0, resetAt: now + this.limits.windowMs };
    entry.failures += 1;
    this.entries.set(key, entry);
    if (this.entries.size > 100_000) this.sweep(now);
  }

  /** Clears the count after a successful sign-in. */
  succeed(address: string, email: string): void {
    this.entries.delete(this.key(address, email));
  }

  // Bounded memory under a spray of e-mail addresses: drop every expired entry.
  private sweep(now: number): void {
    for (const [key, entry] of this.entries) if (entry.resetAt <= now) this.entries.delete(key);
  }
}
