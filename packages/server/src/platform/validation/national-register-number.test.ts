import { describe, expect, it } from 'vitest';
import { isValidNationalRegisterNumber, nationalRegisterNumberSchema } from './national-register-number.ts';

describe('national register number', () => {
  it('accepts numbers of people born before 2000', () => {
    expect(isValidNationalRegisterNumber('85073003328')).toBe(true);
  });

  it('accepts numbers of people born in 2000 or later', () => {
    expect(isValidNationalRegisterNumber('17073003384')).toBe(true);
  });

  it('accepts a check value of 97 (remainder 0)', () => {
    // 000000097 mod 97 = 0, so the check digits are 97.
    expect(isValidNationalRegisterNumber('00000009797')).toBe(true);
  });

  it('rejects a wrong check, a wrong length and formatting characters', () => {
    expect(isValidNationalRegisterNumber('85073003329')).toBe(false);
    expect(isValidNationalRegisterNumber('17073003328')).toBe(false);
    expect(isValidNationalRegisterNumber('8507300332')).toBe(false);
    expect(isValidNationalRegisterNumber('85.07.30-033.28')).toBe(false);
  });

  it('reports the stable code in the schema issue', () => {
    const result = nationalRegisterNumberSchema.safeParse('85073003329');
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe('custom');
    expect((issue as { params?: { code?: string } }).params?.code).toBe('invalid-national-register-number');
  });
});
