import { useState, type FormEvent } from 'react';
import { api } from '../api-client';
import { Field } from '../components/Field';
import { describeError, issuesByPath } from '../error-text';

/** Sign in or create an account (multi-user mode only). */
export function LoginPage({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isNew, setIsNew] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setIsBusy(true);
    try {
      await (isNew ? api.register(email, password) : api.login(email, password));
      await onSignedIn();
    } catch (err) {
      setErrors(issuesByPath(err));
      setMessage(describeError(err));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="narrow">
      <h1>{isNew ? 'Create your account' : 'Sign in'}</h1>
      <p className="lead">
        Your debriefs and drafts are yours alone: nobody else on this server can see them.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Email" path="email" errors={errors}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Password"
          path="password"
          errors={errors}
          {...(isNew ? { hint: 'At least 10 characters.' } : {})}
        >
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete={isNew ? 'new-password' : 'current-password'}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        {message && (
          <p className="error-note" role="alert">
            {message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={isBusy}>
            {isNew ? 'Create account' : 'Sign in'}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => (setIsNew(!isNew), setMessage(''), setErrors({}))}
          >
            {isNew ? 'I already have an account' : 'Create an account instead'}
          </button>
        </div>
      </form>
    </section>
  );
}
