import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MISHAP_KIND_LABELS, MISHAP_KINDS } from '../../core/debrief/enums';
import type { Debrief } from '../../core/debrief/schema';
import { api } from '../api-client';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { Field, fieldId } from '../components/Field';
import { ErrorNote, Loading } from '../components/Status';
import {
  debriefFromForm,
  emptyForm,
  formFromDebrief,
  nextId,
  stepOfPath,
  type DebriefForm,
  type MishapForm,
  type MissedPointForm,
} from '../debrief-form';
import { describeError, issuesByPath } from '../error-text';
import { hrefOf, navigate } from '../router';

const STEPS = [
  'The interview',
  'What went wrong',
  'What went right',
  'What you wish you had said',
  'Where you stand',
] as const;
const LAST_STEP = STEPS.length;

type StepProps = {
  form: DebriefForm;
  set: (patch: Partial<DebriefForm>) => void;
  errors: Record<string, string>;
};

function InterviewStep({ form, set, errors }: StepProps) {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [form.timeZone];
  return (
    <>
      <div className="grid-2">
        <Field label="Company" path="company" errors={errors}>
          {(p) => (
            <input
              {...p}
              autoComplete="organization"
              value={form.company}
              onChange={(e) => set({ company: e.target.value })}
            />
          )}
        </Field>
        <Field label="Role" path="role" errors={errors}>
          {(p) => <input {...p} value={form.role} onChange={(e) => set({ role: e.target.value })} />}
        </Field>
      </div>
      <div className="grid-3">
        <Field label="Interviewer’s name" path="interviewer.name" errors={errors}>
          {(p) => (
            <input
              {...p}
              value={form.interviewerName}
              onChange={(e) => set({ interviewerName: e.target.value })}
            />
          )}
        </Field>
        <Field label="Their email (optional)" path="interviewer.email" errors={errors}>
          {(p) => (
            <input
              {...p}
              type="email"
              value={form.interviewerEmail}
              onChange={(e) => set({ interviewerEmail: e.target.value })}
            />
          )}
        </Field>
        <Field label="Their phone (optional)" path="interviewer.phone" errors={errors}>
          {(p) => (
            <input
              {...p}
              type="tel"
              value={form.interviewerPhone}
              onChange={(e) => set({ interviewerPhone: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="grid-3">
        <Field label="Date of the interview" path="interviewAt" errors={errors}>
          {(p) => (
            <input {...p} type="date" value={form.date} onChange={(e) => set({ date: e.target.value })} />
          )}
        </Field>
        <Field label="Start time" path="interviewAt.time" errors={errors}>
          {(p) => (
            <input {...p} type="time" value={form.time} onChange={(e) => set({ time: e.target.value })} />
          )}
        </Field>
        <Field label="Length in minutes" path="durationMinutes" errors={errors}>
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              value={form.durationMinutes}
              onChange={(e) => set({ durationMinutes: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label="Your time zone" path="timeZone" errors={errors} hint="Deadlines are shown in this zone.">
        {(p) => (
          <select {...p} value={form.timeZone} onChange={(e) => set({ timeZone: e.target.value })}>
            {!zones.includes(form.timeZone) && <option value={form.timeZone}>{form.timeZone}</option>}
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid-2">
        <Field label="Your name (to sign your messages)" path="candidate.name" errors={errors}>
          {(p) => (
            <input
              {...p}
              autoComplete="name"
              value={form.candidateName}
              onChange={(e) => set({ candidateName: e.target.value })}
            />
          )}
        </Field>
        <Field label="Your email (optional)" path="candidate.email" errors={errors}>
          {(p) => (
            <input
              {...p}
              type="email"
              autoComplete="email"
              value={form.candidateEmail}
              onChange={(e) => set({ candidateEmail: e.target.value })}
            />
          )}
        </Field>
      </div>
    </>
  );
}

function MishapsStep({ form, set, errors }: StepProps) {
  const update = (i: number, patch: Partial<MishapForm>) =>
    set({ mishaps: form.mishaps.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  return (
    <>
      <p className="lead">
        List the moments that felt wrong. Be honest, but not harsh: the next page weighs each one, and many
        will turn out to be things nobody noticed.
      </p>
      {form.mishaps.length === 0 && (
        <p className="muted">No moments listed. If nothing went wrong, go on to the next step.</p>
      )}
      {form.mishaps.map((m, i) => (
        <fieldset key={m.id} className="item">
          <legend>Moment {i + 1}</legend>
          <Field label="What kind of moment" path={`mishaps[${i}].kind`} errors={errors}>
            {(p) => (
              <select
                {...p}
                value={m.kind}
                onChange={(e) => update(i, { kind: e.target.value as MishapForm['kind'] })}
              >
                <option value="">Choose…</option>
                {MISHAP_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {MISHAP_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="What happened (optional)" path={`mishaps[${i}].note`} errors={errors}>
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={m.note}
                onChange={(e) => update(i, { note: e.target.value })}
              />
            )}
          </Field>
          <ChoiceGroup
            legend="How serious was it?"
            path={`mishaps[${i}].severity`}
            name={`severity-${m.id}`}
            value={m.severity}
            errors={errors}
            onChange={(severity) => update(i, { severity })}
            options={[
              { value: 'minor', label: 'Minor' },
              { value: 'moderate', label: 'Moderate' },
              { value: 'major', label: 'Major' },
            ]}
          />
          <ChoiceGroup
            legend="Did the interviewer notice?"
            path={`mishaps[${i}].noticed`}
            name={`noticed-${m.id}`}
            value={m.noticed}
            errors={errors}
            onChange={(noticed) => update(i, { noticed })}
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'unsure', label: 'Not sure' },
              { value: 'no', label: 'No' },
            ]}
          />
          <button
            type="button"
            className="quiet"
            onClick={() => set({ mishaps: form.mishaps.filter((_, j) => j !== i) })}
          >
            Remove moment {i + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => {
          set({
            mishaps: [
              ...form.mishaps,
              { id: nextId(form, 'm'), kind: '', note: '', severity: '', noticed: '' },
            ],
          });
          focusField(`mishaps[${form.mishaps.length}].kind`);
        }}
      >
        Add a moment
      </button>
    </>
  );
}

function StrengthsStep({ form, set, errors }: StepProps) {
  const list = form.strengths.length ? form.strengths : [''];
  const update = (i: number, value: string) => set({ strengths: list.map((s, j) => (j === i ? value : s)) });
  return (
    <>
      <p className="lead">
        Interviews that feel bad usually had good parts too. What went well? An answer you liked, a moment of
        rapport, a question you asked.
      </p>
      {list.map((s, i) => (
        <div className="row" key={i}>
          <Field label={`Something that went well (${i + 1})`} path={`strengths[${i}]`} errors={errors}>
            {(p) => <input {...p} value={s} onChange={(e) => update(i, e.target.value)} />}
          </Field>
          {list.length > 1 && (
            <button
              type="button"
              className="quiet"
              onClick={() => set({ strengths: list.filter((_, j) => j !== i) })}
            >
              Remove {i + 1}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          set({ strengths: [...list, ''] });
          focusField(`strengths[${list.length}]`);
        }}
      >
        Add another
      </button>
    </>
  );
}

function MissedPointsStep({ form, set, errors }: StepProps) {
  const update = (i: number, patch: Partial<MissedPointForm>) =>
    set({ missedPoints: form.missedPoints.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
  return (
    <>
      <p className="lead">
        Which question do you wish you had answered differently? Write the better answer, and the proof behind
        it: a number, a named project and its result, someone who could vouch for you.
      </p>
      {form.missedPoints.map((m, i) => (
        <fieldset key={m.id} className="item">
          <legend>Point {i + 1}</legend>
          <Field label="The question" path={`missedPoints[${i}].question`} errors={errors}>
            {(p) => (
              <input {...p} value={m.question} onChange={(e) => update(i, { question: e.target.value })} />
            )}
          </Field>
          <Field label="What you wish you had said" path={`missedPoints[${i}].wishISaid`} errors={errors}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={m.wishISaid}
                onChange={(e) => update(i, { wishISaid: e.target.value })}
              />
            )}
          </Field>
          <Field
            label="The proof"
            path={`missedPoints[${i}].evidence`}
            errors={errors}
            hint="A number or a result that can be checked, e.g. “cut onboarding time from 3 weeks to 9 days”."
          >
            {(p) => (
              <input {...p} value={m.evidence} onChange={(e) => update(i, { evidence: e.target.value })} />
            )}
          </Field>
          <button
            type="button"
            className="quiet"
            onClick={() => set({ missedPoints: form.missedPoints.filter((_, j) => j !== i) })}
          >
            Remove point {i + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => {
          set({
            missedPoints: [
              ...form.missedPoints,
              { id: nextId(form, 'p'), question: '', wishISaid: '', evidence: '' },
            ],
          });
          focusField(`missedPoints[${form.missedPoints.length}].question`);
        }}
      >
        Add a point
      </button>
    </>
  );
}

function StandStep({ form, set, errors }: StepProps) {
  return (
    <>
      <ChoiceGroup
        legend="Do you still want this job?"
        path="wantJob"
        name="wantJob"
        value={form.wantJob}
        errors={errors}
        onChange={(wantJob) => set({ wantJob })}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'unsure', label: 'Not sure yet' },
          { value: 'no', label: 'No' },
        ]}
      />
      <ChoiceGroup
        legend="Did the job, the team and the people feel like a fit?"
        path="fit"
        name="fit"
        value={form.fit}
        errors={errors}
        onChange={(fit) => set({ fit })}
        options={[
          { value: 'good', label: 'A good fit' },
          { value: 'unsure', label: 'Hard to say' },
          { value: 'poor', label: 'Not a fit' },
        ]}
      />
      <ChoiceGroup
        legend="Did you tell them you want the job?"
        path="expressedInterest"
        name="expressedInterest"
        value={form.expressedInterest}
        errors={errors}
        onChange={(expressedInterest) => set({ expressedInterest })}
        options={[
          { value: 'yes', label: 'Yes, clearly' },
          { value: 'no', label: 'No, or not clearly' },
        ]}
      />
      <Field
        label="When did they say they would decide? (optional)"
        path="decisionExpectedBy"
        errors={errors}
      >
        {(p) => (
          <input
            {...p}
            type="date"
            value={form.decisionExpectedBy}
            onChange={(e) => set({ decisionExpectedBy: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** Moves focus to a field once React has drawn it (a new list entry, the first field with an error). */
function focusField(path: string): void {
  requestAnimationFrame(() => document.getElementById(fieldId(path))?.focus());
}

const STEP_COMPONENTS = [InterviewStep, MishapsStep, StrengthsStep, MissedPointsStep, StandStep] as const;

/**
 * The debrief, one calm step at a time. Step 1 creates the interview; every later step saves it,
 * so nothing is lost if the person stops halfway.
 */
export function DebriefWizard({ id, step }: { id: string | null; step: number }) {
  const [form, setForm] = useState<DebriefForm | null>(id ? null : emptyForm());
  const [base, setBase] = useState<Debrief | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const current = Math.min(Math.max(step, 1), LAST_STEP);

  useEffect(() => {
    if (!id) return;
    let isLive = true;
    api
      .getInterview(id)
      .then((doc) => isLive && (setForm(formFromDebrief(doc.debrief)), setBase(doc.debrief)))
      .catch((e: unknown) => isLive && setLoadError(e));
    return () => {
      isLive = false;
    };
  }, [id]);

  useEffect(() => {
    setErrors({});
    setMessage('');
    heading.current?.focus();
  }, [current]);

  if (loadError) return <ErrorNote error={loadError} />;
  if (!form) return <Loading what="your debrief" />;

  const set = (patch: Partial<DebriefForm>) => setForm({ ...form, ...patch });
  const Step = STEP_COMPONENTS[current - 1]!;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setIsSaving(true);
    try {
      const doc = debriefFromForm(form, base);
      const saved = id ? await api.updateInterview(id, doc) : await api.createInterview(doc);
      setBase(saved.debrief);
      setErrors({});
      navigate(
        current < LAST_STEP
          ? { page: 'debrief', id: saved.id, step: current + 1 }
          : { page: 'check', id: saved.id },
      );
    } catch (err) {
      const issues = issuesByPath(err);
      // The form sends the date and time as one instant: say what is missing in the form's own terms.
      if (issues.interviewAt && (!form.date || !form.time))
        issues.interviewAt = 'Enter the date and the start time of the interview.';
      setErrors(issues);
      setMessage(describeError(err));
      const first = Object.keys(issues).find((path) => stepOfPath(path) === current);
      if (first) focusField(first);
    } finally {
      setIsSaving(false);
    }
  };

  const elsewhere = Object.entries(errors).filter(([path]) => stepOfPath(path) !== current);
  return (
    <section className="wizard">
      <p className="steps" aria-label="Progress">
        Step {current} of {LAST_STEP}
      </p>
      <ol className="step-list">
        {STEPS.map((name, i) => (
          <li
            key={name}
            aria-current={i + 1 === current ? 'step' : undefined}
            className={i + 1 < current ? 'done' : ''}
          >
            {id && i + 1 !== current ? (
              <a href={hrefOf({ page: 'debrief', id, step: i + 1 })}>{name}</a>
            ) : (
              name
            )}
          </li>
        ))}
      </ol>
      <h1 ref={heading} tabIndex={-1}>
        {STEPS[current - 1]}
      </h1>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Step form={form} set={set} errors={errors} />
        {message && (
          <div className="error-note" role="alert">
            <p>{message}</p>
            {elsewhere.length > 0 && id && (
              <ul>
                {elsewhere.map(([path, text]) => (
                  <li key={path}>
                    <a href={hrefOf({ page: 'debrief', id, step: stepOfPath(path) })}>
                      {STEPS[stepOfPath(path) - 1]}
                    </a>
                    : {path} — {text}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="actions">
          {current > 1 && id && (
            <a className="button" href={hrefOf({ page: 'debrief', id, step: current - 1 })}>
              Back
            </a>
          )}
          <button type="submit" className="primary" disabled={isSaving}>
            {isSaving
              ? 'Saving…'
              : current < LAST_STEP
                ? 'Save and continue'
                : 'Save and see the reality check'}
          </button>
        </div>
        <p className="muted small">Saved as you go: you can stop at any step and come back later.</p>
      </form>
    </section>
  );
}
