/** Every message key (under `login.`) the validation can return. */
export const LOGIN_ERROR_KEYS = ['emailMissing', 'emailInvalid', 'passwordMissing'] as const;

/** Which login field is wrong and how; `null` when the field is fine. */
export interface LoginFieldErrors {
  email: 'emailMissing' | 'emailInvalid' | null;
  password: 'passwordMissing' | null;
}

// Deliberately loose: the server decides; this only catches typing slips before a round trip.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the login form before it is sent. */
export function validateLogin(email: string, password: string): LoginFieldErrors {
  const trimmed = email.trim();
  return {
    email: trimmed === '' ? 'emailMissing' : EMAIL_SHAPE.test(trimmed) ? null : 'emailInvalid',
    password: password === '' ? 'passwordMissing' : null,
  };
}
