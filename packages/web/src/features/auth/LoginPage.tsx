import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem.ts';
import { Page } from '../../app/Page.tsx';
import { errorMessage } from '../../components/errorMessage.ts';
import { validateLogin } from './loginValidation.ts';
import { useLogin, useMe } from './session.ts';

interface LoginState {
  from?: Location;
  loggedOut?: boolean;
  sessionEnded?: boolean;
}

const FORM_ERROR_ID = 'login-error';

/** Where to go after signing in: back to the page that asked for it, or home. */
function destination(state: LoginState | null): string {
  const from = state?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

/** The sign-in page: e-mail and password, one generic message for wrong credentials. */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const state = (useLocation().state ?? null) as LoginState | null;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Field errors show after the first attempt and then follow the typing, so they disappear
  // while the person corrects them (not on blur, which would move the button under the pointer).
  const [attempted, setAttempted] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  if (me.data) return <Navigate to={destination(state)} replace />;

  const fieldErrors = validateLogin(email, password);
  const showEmailError = attempted && fieldErrors.email !== null;
  const showPasswordError = attempted && fieldErrors.password !== null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (fieldErrors.email) return emailInput.current?.focus();
    if (fieldErrors.password) return passwordInput.current?.focus();
    // No `isPending` on the button: react-aria's pending announcement points at a button that
    // unmounts after sign-in and leaves an unlabeled live-region image behind.
    if (login.isPending) return;
    login.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(destination(state), { replace: true }) });
  };

  const failure = login.error;
  const failureText = failure ? loginFailureText(t, i18n.language, failure) : null;
  // The generic failure concerns both fields, so both point to it.
  const describedBy = failureText ? FORM_ERROR_ID : undefined;

  return (
    <Page title={t('login.title')}>
      <p>{t('login.intro')}</p>
      {state?.loggedOut && !failureText && (
        <p role="status" className="message message--success">
          {t('login.loggedOut')}
        </p>
      )}
      {state?.sessionEnded && !failureText && (
        <p role="status" className="message">
          {t('errors.not-authenticated')}
        </p>
      )}
      {failureText && (
        <p id={FORM_ERROR_ID} role="alert" className="message message--error">
          {failureText}
        </p>
      )}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        <TextField
          className="field"
          name="email"
          type="email"
          autoComplete="username"
          isRequired
          value={email}
          onChange={setEmail}
          aria-describedby={describedBy}
          isInvalid={showEmailError}
        >
          <Label>{t('login.email')}</Label>
          <Input ref={emailInput} className="input" />
          <FieldError className="field-error">{fieldErrors.email && t(`login.${fieldErrors.email}`)}</FieldError>
        </TextField>
        <TextField
          className="field"
          name="password"
          type="password"
          autoComplete="current-password"
          isRequired
          value={password}
          onChange={setPassword}
          aria-describedby={describedBy}
          isInvalid={showPasswordError}
        >
          <Label>{t('login.password')}</Label>
          <Input ref={passwordInput} className="input" />
          <FieldError className="field-error">{t('login.passwordMissing')}</FieldError>
        </TextField>
        <Button type="submit" className="button">
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </Button>
      </Form>
    </Page>
  );
}

function loginFailureText(t: ReturnType<typeof useTranslation>['t'], language: string, error: Error): string {
  if (error instanceof ApiError && error.code === 'too-many-attempts') {
    const seconds = error.retryAfterSeconds;
    if (seconds !== undefined) {
      // A clock time needs no plural forms and stays true while the person reads it.
      const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(Date.now() + seconds * 1000);
      return t('login.tooManyAttemptsUntil', { time });
    }
  }
  return errorMessage(t, error);
}
