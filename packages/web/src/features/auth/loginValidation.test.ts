import { describe, expect, it } from 'vitest';
import { validateLogin } from './loginValidation.ts';

describe('validateLogin', () => {
  it('names each missing field', () => {
    expect(validateLogin('  ', '')).toEqual({ email: 'emailMissing', password: 'passwordMissing' });
  });

  it('catches an address without domain', () => {
    expect(validateLogin('mw@ocmw', 'x').email).toBe('emailInvalid');
  });

  it('accepts a complete form, ignoring spaces around the address', () => {
    expect(validateLogin(' mw@ocmw.kansendonk.demo ', 'springplank-demo')).toEqual({ email: null, password: null });
  });
});
