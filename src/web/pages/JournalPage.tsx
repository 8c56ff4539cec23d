import { useRef, useState, type FormEvent } from 'react';
import { OUTCOMES } from '../../core/debrief/enums';
import { api } from '../api-client';
import { BarChart } from '../components/BarChart';
import { Field } from '../components/Field';
import { ErrorNote, Loading } from '../components/Status';
import { useLoad } from '../components/use-load';
import { describeError, issuesByPath } from '../error-text';
import { OUTCOME_TEXT } from './OutcomePage';

const TONE = {
  pending: 'neutral',
  'next-round': 'good',
  offer: 'good',
  rejected: 'bad',
  silence: 'neutral',
} as const;

/** Patterns across interviews, the lessons, the answer bank, and export / import of everything. */
export function JournalPage() {
  const [journal, reload] = useLoad(() => api.journal(), []);
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [evidence, setEvidence] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const file = useRef<HTMLInputElement>(null);

  if (journal.state === 'loading') return <Loading what="your journal" />;
  if (journal.state === 'error') return <ErrorNote error={journal.error} />;
  const j = journal.data;
  const total = OUTCOMES.reduce((n, o) => n + j.outcomes[o], 0);

  const addAnswer = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.addAnswer({ question, answer, evidence: evidence.trim() || null });
      setQuestion('');
      setAnswer('');
      setEvidence('');
      setErrors({});
      setStatus('Added to your answer bank.');
      await reload();
    } catch (err) {
      setErrors(issuesByPath(err));
      setStatus(describeError(err));
    }
  };

  const importFile = async (f: File | undefined) => {
    if (!f) return;
    try {
      const data = JSON.parse(await f.text()) as unknown;
      const r = await api.importData(data);
      setStatus(`Imported ${r.interviews} interviews, ${r.lessons} lessons and ${r.answers} answers.`);
      await reload();
    } catch (err) {
      setStatus(
        err instanceof SyntaxError ? 'That file is not JSON. Nothing was imported.' : describeError(err),
      );
    }
  };

  return (
    <section>
      <p className="eyebrow">Journal</p>
      <h1>What your interviews are teaching you</h1>
      {total === 0 ? (
        <p className="muted">Once you have recorded a few interviews, patterns show up here.</p>
      ) : (
        <div className="grid-2 cols">
          <section className="panel" aria-labelledby="outcomes-h">
            <h2 id="outcomes-h">Outcomes</h2>
            <BarChart
              title="Interviews by outcome"
              bars={OUTCOMES.map((o) => ({ label: OUTCOME_TEXT[o], value: j.outcomes[o], tone: TONE[o] }))}
            />
            <p>
              {j.recoveries.total === 0
                ? 'No recoveries yet.'
                : `${j.recoveries.reachedNextRound} of ${j.recoveries.total} recoveries led to a next round or an offer.`}
            </p>
          </section>
          <section className="panel" aria-labelledby="trouble-h">
            <h2 id="trouble-h">What keeps going badly</h2>
            {j.troubleKinds.length === 0 ? (
              <p className="muted">Nothing serious keeps coming back. Good.</p>
            ) : (
              <BarChart
                title="Moments that went badly, by kind"
                bars={j.troubleKinds.map((k) => ({ label: k.label, value: k.count, tone: 'bad' }))}
              />
            )}
            {j.troubleQuestions.length > 0 && (
              <>
                <h3>Questions to practise</h3>
                <ul>
                  {j.troubleQuestions.slice(0, 5).map((q) => (
                    <li key={q.question}>
                      {q.question}
                      {q.count > 1 ? ` (${q.count} times)` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </div>
      )}

      <div className="grid-2 cols">
        <section className="panel" aria-labelledby="lessons-h">
          <h2 id="lessons-h">Lessons</h2>
          {j.lessons.length === 0 ? (
            <p className="muted">Lessons you keep after an interview show up here.</p>
          ) : (
            <ul>
              {j.lessons.map((l) => (
                <li key={l.id}>{l.text}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="bank-h">
          <h2 id="bank-h">Answer bank</h2>
          {j.answers.length === 0 && (
            <p className="muted">Rebuilt answers follow you to your next interview.</p>
          )}
          <dl className="bank">
            {j.answers.map((a) => (
              <div key={a.id}>
                <dt>{a.question}</dt>
                <dd>
                  {a.answer}
                  {a.evidence && <span className="muted small"> — proof: {a.evidence}</span>}
                </dd>
              </div>
            ))}
          </dl>
          <form onSubmit={(e) => void addAnswer(e)} noValidate>
            <Field label="Question" path="question" errors={errors}>
              {(p) => <input {...p} value={question} onChange={(e) => setQuestion(e.target.value)} />}
            </Field>
            <Field label="Your best answer" path="answer" errors={errors}>
              {(p) => <textarea {...p} rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} />}
            </Field>
            <Field label="Proof (optional)" path="evidence" errors={errors}>
              {(p) => <input {...p} value={evidence} onChange={(e) => setEvidence(e.target.value)} />}
            </Field>
            <button type="submit">Add to the answer bank</button>
          </form>
        </section>
      </div>

      <section className="panel" aria-labelledby="data-h">
        <h2 id="data-h">Your data</h2>
        <p className="muted small">
          Everything Rebound keeps about you, as one JSON file. Importing checks the whole file first and
          changes nothing if any part is wrong.
        </p>
        <div className="actions">
          <a className="button" href={api.exportUrl()} download>
            Export everything
          </a>
          <button type="button" onClick={() => file.current?.click()}>
            Import a file
          </button>
          <input
            ref={file}
            hidden
            type="file"
            aria-label="Rebound export file to import"
            accept="application/json,.json"
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </div>
      </section>
      <p className="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
