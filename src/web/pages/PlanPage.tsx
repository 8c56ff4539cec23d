import { useState, type FormEvent } from 'react';
import { api } from '../api-client';
import type { PlanActionView } from '../../server/api-types';
import { Field } from '../components/Field';
import { ErrorNote, Loading } from '../components/Status';
import { useLoad } from '../components/use-load';
import { useNow } from '../components/use-now';
import { describeError, issuesByPath } from '../error-text';
import { formatCountdown, formatOffset, formatWallTime } from '../format';
import { hrefOf } from '../router';

const CONTACT_TYPES = [
  { value: 'email', label: 'An email' },
  { value: 'call', label: 'A call' },
  { value: 'letter', label: 'A letter' },
  { value: 'other', label: 'Something else' },
] as const;

function StateLabel({ action }: { action: PlanActionView }) {
  if (action.state === 'done') return <span className="badge badge--done">Done</span>;
  if (action.state === 'skipped') return <span className="badge badge--skipped">Skipped</span>;
  return null;
}

/** The plan as a timeline: due times in the person's zone, the 24-hour window, done/skip, contacts. */
export function PlanPage({ id }: { id: string }) {
  const [plan, reload] = useLoad(() => api.getPlan(id), [id]);
  const now = useNow();
  const [message, setMessage] = useState('');
  const [contactType, setContactType] = useState<(typeof CONTACT_TYPES)[number]['value']>('email');
  const [contactNote, setContactNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  if (plan.state === 'loading') return <Loading what="your plan" />;
  if (plan.state === 'error') return <ErrorNote error={plan.error} />;
  const p = plan.data;

  const mark = async (a: PlanActionView, state: 'done' | 'skipped' | null) => {
    try {
      await api.setActionState(id, a.type, state);
      setStatus(state ? `${a.label}: marked ${state}.` : `${a.label}: back on the list.`);
      await reload();
    } catch (e) {
      setMessage(describeError(e));
    }
  };

  const logContact = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.addContact(id, {
        type: contactType,
        ...(contactNote.trim() ? { note: contactNote.trim() } : {}),
      });
      setContactNote('');
      setErrors({});
      setStatus('Contact logged. The plan now gives them room to reply.');
      await reload();
    } catch (err) {
      setErrors(issuesByPath(err));
      setMessage(describeError(err));
    }
  };

  const firstMessage = p.actions.find((a) => a.messageType && a.type !== 'call' && a.state === 'pending');
  const deadlineMs = Date.parse(p.deadline.at);

  return (
    <section>
      <p className="eyebrow">Your plan</p>
      <h1>What to do, and by when</h1>
      <p className={`verdict verdict--${p.verdict}`}>{p.verdictText}</p>
      {firstMessage && (
        <p className={`window${p.deadline.isPast ? ' window--past' : ''}`} role="note">
          {p.deadline.isPast
            ? 'The ideal 24-hour window has passed. A thoughtful message is still worth sending today.'
            : `The 24-hour window for your first message closes ${formatWallTime(p.deadline.at)} (${formatCountdown(deadlineMs, now)}).`}
        </p>
      )}
      <p className="muted small">
        Times are in your zone ({p.zone}, {formatOffset(p.now)}).
      </p>

      <ol className="timeline" aria-label="Plan">
        {p.actions.map((a) => (
          <li key={a.type} className={`step step--${a.state}`}>
            <div className="step-head">
              <h2>
                {a.label} <StateLabel action={a} />
              </h2>
              <p className="due">
                <time dateTime={a.due}>{formatWallTime(a.due)}</time>
                {a.state === 'pending' && (
                  <span className="muted"> · {formatCountdown(Date.parse(a.due), now)}</span>
                )}
              </p>
            </div>
            <p>{a.why}</p>
            <div className="actions">
              {a.messageType && (
                <a className="button primary" href={hrefOf({ page: 'drafts', id, type: a.messageType })}>
                  Open the draft
                </a>
              )}
              {a.state === 'pending' ? (
                <>
                  <button
                    type="button"
                    aria-label={`Mark done: ${a.label}`}
                    onClick={() => void mark(a, 'done')}
                  >
                    Mark done
                  </button>
                  <button
                    type="button"
                    className="quiet"
                    aria-label={`Skip: ${a.label}`}
                    onClick={() => void mark(a, 'skipped')}
                  >
                    Skip
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Undo: ${a.label}`}
                  onClick={() => void mark(a, null)}
                >
                  Undo
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="status">
        {status}
      </p>
      {message && (
        <p className="error-note" role="alert">
          {message}
        </p>
      )}

      <div className="grid-2 cols">
        <section className="panel" aria-labelledby="contact-h">
          <h2 id="contact-h">Log a contact</h2>
          <p className="muted small">
            Sent the email or made the call? Log it so Rebound can tell you when to wait rather than nag.
          </p>
          {p.contacts.length > 0 && (
            <ul className="plain">
              {p.contacts.map((c, i) => (
                <li key={i}>
                  {CONTACT_TYPES.find((t) => t.value === c.type)?.label ?? c.type} on {formatWallTime(c.at)}
                  {c.note ? ` — ${c.note}` : ''}
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={(e) => void logContact(e)} noValidate>
            <Field label="What did you send?" path="type" errors={errors}>
              {(props) => (
                <select
                  {...props}
                  value={contactType}
                  onChange={(e) => setContactType(e.target.value as typeof contactType)}
                >
                  {CONTACT_TYPES.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Note (optional)" path="note" errors={errors}>
              {(props) => (
                <input {...props} value={contactNote} onChange={(e) => setContactNote(e.target.value)} />
              )}
            </Field>
            <button type="submit">Log it</button>
          </form>
        </section>
        <section className="panel" aria-labelledby="more-h">
          <h2 id="more-h">Keep on track</h2>
          <ul className="plain">
            <li>
              <a href={api.planIcsUrl(id)} download>
                Add reminders to your calendar (.ics)
              </a>
            </li>
            <li>
              <a href={hrefOf({ page: 'check', id })}>Back to the reality check</a>
            </li>
            <li>
              <a href={hrefOf({ page: 'outcome', id })}>Heard back? Record the outcome</a>
            </li>
          </ul>
        </section>
      </div>
    </section>
  );
}
