import { api } from '../api-client';
import { ErrorNote, Loading } from '../components/Status';
import { useLoad } from '../components/use-load';
import { useNow } from '../components/use-now';
import { formatCountdown, formatWallTime } from '../format';
import { hrefOf } from '../router';

const OUTCOME_LABELS: Record<string, string> = {
  pending: 'Waiting to hear',
  'next-round': 'Next round',
  offer: 'Offer',
  rejected: 'Not this time',
  silence: 'No reply',
};

/** The person's interviews with what is due next, and the way in for a new one. */
export function HomePage() {
  const [list] = useLoad(() => api.listInterviews(), []);
  const now = useNow();

  return (
    <section>
      <div className="hero">
        <h1>Rough interview? Let’s work out what to do next.</h1>
        <p className="lead">
          Write down what happened while it is fresh. Rebound helps you see it clearly, plan your next message
          and send it within the day.
        </p>
        <a className="button primary big" href={hrefOf({ page: 'new' })}>
          I just had an interview
        </a>
      </div>

      <h2>Your interviews</h2>
      {list.state === 'loading' && <Loading what="your interviews" />}
      {list.state === 'error' && <ErrorNote error={list.error} />}
      {list.state === 'ready' && list.data.length === 0 && (
        <p className="muted">
          Nothing here yet. When you add an interview, its plan and deadlines appear here.
        </p>
      )}
      {list.state === 'ready' && list.data.length > 0 && (
        <ul className="cards" aria-label="Interviews">
          {list.data.map((i) => (
            <li key={i.id} className="card">
              <h3>
                <a href={hrefOf({ page: 'plan', id: i.id })}>
                  {i.role} at {i.company}
                </a>
              </h3>
              <p className="muted">
                Interview {formatWallTime(i.interviewAt)} ·{' '}
                <span className={`badge badge--${i.outcome}`}>{OUTCOME_LABELS[i.outcome]}</span>
              </p>
              {i.nextAction ? (
                <p className="next">
                  Next: <strong>{i.nextAction.label}</strong> — due {formatWallTime(i.nextAction.due)} (
                  {formatCountdown(Date.parse(i.nextAction.due), now)})
                </p>
              ) : (
                <p className="next">All steps done. Well handled.</p>
              )}
              <p className="card-links">
                <a href={hrefOf({ page: 'plan', id: i.id })}>Plan</a>
                <a href={hrefOf({ page: 'drafts', id: i.id, type: null })}>Drafts</a>
                <a href={hrefOf({ page: 'debrief', id: i.id, step: 1 })}>Edit debrief</a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
