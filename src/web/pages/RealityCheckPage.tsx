import { api } from '../api-client';
import { ErrorNote, Loading } from '../components/Status';
import { useLoad } from '../components/use-load';
import { hrefOf } from '../router';

const SEVERITY = { minor: 'minor', moderate: 'moderate', major: 'major' } as const;
const NOTICED = { yes: 'they noticed', no: 'they did not notice', unsure: 'they may have noticed' } as const;
const FIT_TEXT = {
  good: 'You felt the job, the team and the people were a fit.',
  poor: 'You felt it was not a fit. That is worth listening to.',
  unsure: 'You are not sure it was a fit yet. Give it a day before deciding.',
} as const;

/** Was it really as bad as it felt? What to address, what to leave alone and why, what went right. */
export function RealityCheckPage({ id }: { id: string }) {
  const [plan] = useLoad(() => api.getPlan(id), [id]);
  if (plan.state === 'loading') return <Loading what="the reality check" />;
  if (plan.state === 'error') return <ErrorNote error={plan.error} />;
  const p = plan.data;
  const toAddress = p.mishaps.filter((m) => m.isAddressed);
  const toLeave = p.mishaps.filter((m) => !m.isAddressed);
  const points = p.missedPoints.filter((m) => p.address.includes(m.id));

  return (
    <section>
      <p className="eyebrow">Reality check</p>
      <h1>Was it really as bad as it felt?</h1>
      <p className={`verdict verdict--${p.verdict}`}>{p.verdictText}</p>

      <div className="grid-2 cols">
        <section aria-labelledby="address-h" className="panel">
          <h2 id="address-h">Worth addressing</h2>
          {toAddress.length === 0 && points.length === 0 && (
            <p className="muted">Nothing needs fixing in a message.</p>
          )}
          <ul className="plain">
            {toAddress.map((m) => (
              <li key={m.id}>
                <strong>{m.kindLabel}</strong>
                {m.note && <> — {m.note}</>}
                <br />
                <span className="muted small">
                  {SEVERITY[m.severity]}, {NOTICED[m.noticed]}
                </span>
                <p>{m.reason}</p>
              </li>
            ))}
            {points.map((m) => (
              <li key={m.id}>
                <strong>A better answer to “{m.question}”</strong>
                <p>
                  {m.evidence
                    ? `You have proof: ${m.evidence}.`
                    : 'Find one fact that proves it before you write.'}
                </p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="leave-h" className="panel">
          <h2 id="leave-h">Best left alone</h2>
          {toLeave.length === 0 && <p className="muted">Nothing to leave alone.</p>}
          <ul className="plain">
            {toLeave.map((m) => (
              <li key={m.id}>
                <strong>{m.kindLabel}</strong>
                {m.note && <> — {m.note}</>}
                <p>{m.reason}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="right-h" className="panel">
        <h2 id="right-h">What went right</h2>
        {p.strengths.length === 0 ? (
          <p className="muted">
            You did not list anything yet. Something usually went well: add it to the debrief when it comes to
            mind.
          </p>
        ) : (
          <ul>
            {p.strengths.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="self-h" className="panel">
        <h2 id="self-h">Four questions to ask yourself</h2>
        <p>{FIT_TEXT[p.fit]}</p>
        <dl className="self">
          {p.selfAssessment.map((q) => (
            <div key={q.id} className={`self-item self-item--${q.answer}`}>
              <dt>{q.question}</dt>
              <dd>
                <strong>{q.answer === 'yes' ? 'Yes' : q.answer === 'no' ? 'No' : 'Not sure'}.</strong>{' '}
                {q.advice}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <div className="actions">
        <a className="button" href={hrefOf({ page: 'debrief', id, step: 1 })}>
          Edit the debrief
        </a>
        <a className="button primary" href={hrefOf({ page: 'plan', id })}>
          See your plan
        </a>
      </div>
    </section>
  );
}
