import { useState, type FormEvent } from 'react';
import { OUTCOMES, type Outcome } from '../../core/debrief/enums';
import { api } from '../api-client';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { Field } from '../components/Field';
import { ErrorNote, Loading } from '../components/Status';
import { useLoad } from '../components/use-load';
import { describeError, issuesByPath } from '../error-text';
import { hrefOf } from '../router';

export const OUTCOME_TEXT: Record<Outcome, string> = {
  pending: 'Still waiting',
  'next-round': 'Invited to the next round',
  offer: 'Got an offer',
  rejected: 'Not selected this time',
  silence: 'No reply',
};

const AFTER_OUTCOME: Record<Outcome, string> = {
  pending: 'Nothing changes in your plan.',
  'next-round': 'Congratulations. Take the rebuilt answers with you: they are in your answer bank.',
  offer: 'Congratulations! Your plan now says to celebrate, and to keep what you learned.',
  rejected:
    'That stings, and it is not the end. Your plan now has a short feedback request: it keeps the door open.',
  silence: 'Silence is common. Your plan shows when, if ever, one more follow-up is appropriate.',
};

/** Record the outcome, keep the lessons, and move rebuilt answers into the answer bank. */
export function OutcomePage({ id }: { id: string }) {
  const [data, reload] = useLoad(async () => {
    const [doc, journal] = await Promise.all([api.getInterview(id), api.journal()]);
    return { doc, lessons: journal.lessons.filter((l) => l.interviewId === id), answers: journal.answers };
  }, [id]);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [lesson, setLesson] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  if (data.state === 'loading') return <Loading what="the outcome" />;
  if (data.state === 'error') return <ErrorNote error={data.error} />;
  const { doc, lessons, answers } = data.data;
  const chosen = outcome || doc.debrief.outcome;

  const saveOutcome = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.setOutcome(id, chosen);
      setStatus(`Saved. ${AFTER_OUTCOME[chosen]}`);
      await reload();
    } catch (err) {
      setErrors(issuesByPath(err));
      setStatus(describeError(err));
    }
  };

  const addLesson = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.addLesson({ text: lesson, interviewId: id });
      setLesson('');
      setErrors({});
      setStatus('Lesson kept.');
      await reload();
    } catch (err) {
      setErrors(issuesByPath(err));
      setStatus(describeError(err));
    }
  };

  const keepAnswer = async (question: string, answer: string, evidence: string | undefined) => {
    try {
      await api.addAnswer({ question, answer, evidence: evidence ?? null, interviewId: id });
      setStatus('Added to your answer bank.');
      await reload();
    } catch (err) {
      setStatus(describeError(err));
    }
  };

  const d = doc.debrief;
  return (
    <section>
      <p className="eyebrow">
        {d.role} at {d.company}
      </p>
      <h1>Outcome and lessons</h1>
      <form onSubmit={(e) => void saveOutcome(e)} noValidate className="panel">
        <ChoiceGroup
          legend="What happened?"
          path="outcome"
          name="outcome"
          value={chosen}
          errors={errors}
          onChange={setOutcome}
          options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_TEXT[o] }))}
        />
        <div className="actions">
          <button type="submit" className="primary">
            Save the outcome
          </button>
          <a className="button" href={hrefOf({ page: 'plan', id })}>
            See the plan
          </a>
        </div>
      </form>
      <p className="status" aria-live="polite">
        {status}
      </p>

      <div className="grid-2 cols">
        <section className="panel" aria-labelledby="lessons-h">
          <h2 id="lessons-h">Lessons to keep</h2>
          {lessons.length > 0 && (
            <ul>
              {lessons.map((l) => (
                <li key={l.id}>{l.text}</li>
              ))}
            </ul>
          )}
          <form onSubmit={(e) => void addLesson(e)} noValidate>
            <Field
              label="A lesson for next time"
              path="text"
              errors={errors}
              hint="e.g. “Bring two numbers for every project I mention.”"
            >
              {(p) => <textarea {...p} rows={2} value={lesson} onChange={(e) => setLesson(e.target.value)} />}
            </Field>
            <button type="submit">Keep this lesson</button>
          </form>
        </section>
        <section className="panel" aria-labelledby="bank-h">
          <h2 id="bank-h">Rebuilt answers</h2>
          {d.missedPoints.length === 0 && <p className="muted">No missed points in this debrief.</p>}
          <ul className="plain">
            {d.missedPoints.map((p) => {
              const isKept = answers.some((a) => a.interviewId === id && a.question === p.question);
              return (
                <li key={p.id}>
                  <strong>{p.question}</strong>
                  {p.wishISaid && <p>{p.wishISaid}</p>}
                  {p.evidence && <p className="muted small">Proof: {p.evidence}</p>}
                  {isKept ? (
                    <p className="badge badge--done">In your answer bank</p>
                  ) : (
                    <button
                      type="button"
                      disabled={!p.wishISaid}
                      onClick={() => void keepAnswer(p.question, p.wishISaid ?? '', p.evidence)}
                    >
                      Add to the answer bank
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </section>
  );
}
