import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

describe('login throttle', () => {
  it('blocks after the allowed failures and only for that address and e-mail', () => {
    const throttle = new LoginThrottle({ maxFailures: 2, windowMs: 1000 });
    throttle.fail('1.1.1.1', 'a@x.demo', 0);
    throttle.check('1.1.1.1', 'a@x.demo', 0);
    throttle.fail('1.1.1.1', 'A@x.demo', 0);
    expect(() => throttle.check('1.1.1.1', 'a@x.demo', 10)).toThrow(/Too many/);
    expect(() => throttle.check('2.2.2.2', 'a@x.demo', 10)).not.toThrow();
    expect(() => throttle.check('1.1.1.1', 'b@x.demo', 10)).not.toThrow();
  });

  it('forgets failures after the window and after a success', () => {
    const throttle = new LoginThrottle({ maxFailures: 1, windowMs: 1000 });
    throttle.fail('1.1.1.1', 'a@x.demo', 0);
    expect(() => throttle.check('1.1.1.1', 'a@x.demo', 999)).toThrow();
    expect(() => throttle.check('1.1.1.1', 'a@x.demo', 1000)).not.toThrow();
    throttle.fail('1.1.1.1', 'a@x.demo', 2000);
    throttle.succeed('1.1.1.1', 'a@x.demo');
    expect(() => throttle.check('1.1.1.1', 'a@x.demo', 2001)).not.toThrow();
  });
});
