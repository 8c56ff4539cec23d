import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { checkMessage } from '../../core/check';
import type { Debrief } from '../../core/debrief/schema';
import type { DraftView, MessageType } from '../../server/api-types';
import { api } from '../api-client';
import { HighlightEditor } from '../components/HighlightEditor';
import { ErrorNote, Loading } from '../components/Status';
import { useLoad } from '../components/use-load';
import { applyFix, messageOf, placeFindings, type EditorFinding } from '../draft-fixes';
import { describeError } from '../error-text';
import { hrefOf } from '../router';

const TYPE_LABELS: Record<MessageType, string> = {
  'recovery-email': 'Recovery email',
  'thank-you-email': 'Thank-you note',
  'expansive-letter': 'Longer letter',
  call: 'Call script',
  withdraw: 'Withdrawal note',
  'feedback-request': 'Feedback request',
};

const SEVERITY_LABELS = { error: 'Fix this', warning: 'Worth a look', info: 'Suggestion' } as const;
const CONTACT_OF = { email: 'email', letter: 'letter', call: 'call' } as const;
const SAVE_DELAY_MS = 800;

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function Editor({
  id,
  draft,
  debrief,
  onSent,
}: {
  id: string;
  draft: DraftView;
  debrief: Debrief;
  onSent: () => void;
}) {
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.text);
  const [saveState, setSaveState] = useState<'saved' | 'pending' | 'saving' | 'error'>('saved');
  const [notice, setNotice] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const latest = useRef({ subject, body });
  latest.current = { subject, body };
  const lastSaved = useRef({ subject: draft.subject, body: draft.text });

  // The checker runs right here in the browser on every keystroke: no network, no waiting. It reads
  // a deferred copy of the text, so a keystroke shows at once and, when someone types faster than
  // the machine can check, intermediate texts are skipped rather than queued.
  const checkedSubject = useDeferredValue(subject);
  const checkedBody = useDeferredValue(body);
  const isCurrent = checkedSubject === subject && checkedBody === body;
  const findings = useMemo(() => {
    const { text, prefix } = messageOf(checkedSubject, checkedBody);
    return placeFindings(
      checkMessage(text, { kind: draft.kind, purpose: draft.purpose, context: debrief }),
      prefix,
      checkedBody,
    );
  }, [checkedSubject, checkedBody, draft.kind, draft.purpose, debrief]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;

  const save = async () => {
    const snapshot = latest.current;
    setSaveState('saving');
    try {
      await api.saveDraft(id, draft.type, { subject: snapshot.subject, text: snapshot.body });
      lastSaved.current = snapshot;
      const isCurrent = latest.current.subject === snapshot.subject && latest.current.body === snapshot.body;
      setSaveState(isCurrent ? 'saved' : 'pending');
    } catch (e) {
      setSaveState('error');
      setNotice(describeError(e));
    }
  };

  useEffect(() => {
    if (subject === lastSaved.current.subject && body === lastSaved.current.body) {
      setSaveState('saved');
      return;
    }
    setSaveState('pending');
    const timer = window.setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [subject, body]); // save reads the latest text from a ref

  const show = (f: EditorFinding) => {
    const el = textarea.current;
    if (!el || f.bodyStart === null) return;
    el.focus();
    el.setSelectionRange(f.bodyStart, f.isInline ? f.bodyEnd! : f.bodyStart);
  };

  const fix = (f: EditorFinding) => {
    // A fix is placed on the text that was checked; never apply it to a text that has changed since.
    if (!f.fix || !isCurrent) return;
    setBody(applyFix(body, f.fix));
    setNotice(`Applied: ${f.fix.label.toLowerCase()}.`);
    textarea.current?.focus();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(subject !== null ? `Subject: ${subject}\n\n${body}` : body);
      setNotice('Copied to the clipboard.');
    } catch {
      textarea.current?.select();
      setNotice('Copying is blocked here: the text is selected, press Ctrl+C (or ⌘C).');
    }
  };

  const downloadEml = async () => {
    await save();
    const a = document.createElement('a');
    a.href = api.draftEmlUrl(id, draft.type);
    a.download = '';
    document.body.append(a);
    a.click();
    a.remove();
    setNotice('Saved as an .eml file: open it in your mail app to send.');
  };

  const markSent = async () => {
    try {
      await save();
      await api.addContact(id, { type: CONTACT_OF[draft.kind] });
      await api.setActionState(id, draft.type, 'done').catch(() => {});
      setNotice('Logged. The plan now gives them room to reply.');
      onSent();
    } catch (e) {
      setNotice(describeError(e));
    }
  };

  const mailto = `mailto:${draft.to ?? ''}?${new URLSearchParams({ subject: subject ?? '', body })
    .toString()
    .replace(/\+/g, '%20')}`;
  const editorId = `draft-${draft.type}`;
  const listId = `${editorId}-findings`;

  return (
    <div className="draft-layout">
      <div className="draft-main">
        {subject !== null && (
          <div className="field">
            <label htmlFor={`${editorId}-subject`}>Subject</label>
            <input id={`${editorId}-subject`} value={subject} onChange={(e) => setSubject(e.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor={editorId}>{draft.kind === 'call' ? 'What to say' : 'Message'}</label>
          <HighlightEditor
            id={editorId}
            ref={textarea}
            value={body}
            findings={findings}
            onChange={setBody}
            describedBy={listId}
          />
        </div>
        <p className="muted small" aria-live="polite">
          {saveState === 'saved' && 'All changes saved.'}
          {saveState === 'pending' && 'Editing…'}
          {saveState === 'saving' && 'Saving…'}
          {saveState === 'error' && 'Not saved yet.'}
        </p>
        <div className="actions">
          <button type="button" onClick={() => void copy()}>
            Copy
          </button>
          {draft.kind !== 'call' && (
            <a className="button" href={mailto}>
              Open in mail app
            </a>
          )}
          {draft.kind !== 'call' && (
            <button type="button" onClick={() => void downloadEml()}>
              Download .eml
            </button>
          )}
          <a className="button" href={api.planIcsUrl(id)} download>
            Add reminders (.ics)
          </a>
          <button type="button" className="primary" onClick={() => void markSent()}>
            {draft.kind === 'call' ? 'I made the call' : 'I sent it'}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => (
              setSubject(draft.composed.subject),
              setBody(draft.composed.text),
              setNotice('Back to Rebound’s draft.')
            )}
          >
            Start over from Rebound’s draft
          </button>
        </div>
        <p className="status" aria-live="polite">
          {notice}
        </p>
      </div>
      <aside className="draft-side" aria-labelledby={`${listId}-h`}>
        <h2 id={`${listId}-h`}>Checker</h2>
        <p
          className={`check-summary${counts.error ? ' check-summary--error' : ''}`}
          role="status"
          aria-live="polite"
        >
          {findings.length === 0
            ? 'Looks good: nothing to fix.'
            : counts.error
              ? `${plural(counts.error, 'thing')} to fix${counts.warning ? `, ${plural(counts.warning, 'thing')} worth a look` : ''}.`
              : `No errors. ${plural(counts.warning + counts.info, 'suggestion')}.`}
        </p>
        <ul className="findings" id={listId} data-checked={isCurrent ? 'current' : 'pending'}>
          {findings.map((f) => (
            <li key={f.key} className={`finding finding--${f.severity}`}>
              <p>
                <span className={`sev sev--${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>{' '}
                {f.bodyStart === null && <em>In the subject: </em>}
                {f.message}
              </p>
              {f.suggestion && <p className="muted small">{f.suggestion}</p>}
              <div className="finding-actions">
                {f.isInline && (
                  <button
                    type="button"
                    className="small-button"
                    disabled={!isCurrent}
                    onClick={() => show(f)}
                  >
                    Show<span className="sr-only"> where: {f.rule}</span>
                  </button>
                )}
                {f.fix && (
                  <button type="button" className="small-button" disabled={!isCurrent} onClick={() => fix(f)}>
                    {f.fix.label}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}

/** The drafts of every message in the plan, each in an editor with the checker running live. */
export function DraftEditorPage({ id, type }: { id: string; type: string | null }) {
  const [data, reload] = useLoad(async () => {
    const [drafts, doc] = await Promise.all([api.listDrafts(id), api.getInterview(id)]);
    return { drafts, debrief: doc.debrief };
  }, [id]);

  if (data.state === 'loading') return <Loading what="your drafts" />;
  if (data.state === 'error') return <ErrorNote error={data.error} />;
  const { drafts, debrief } = data.data;
  const current = drafts.find((d) => d.type === type) ?? drafts[0];

  return (
    <section>
      <p className="eyebrow">
        Drafts · {debrief.role} at {debrief.company}
      </p>
      <h1>{current ? TYPE_LABELS[current.type] : 'Drafts'}</h1>
      {drafts.length > 1 && (
        <nav aria-label="Messages in your plan" className="tabs">
          {drafts.map((d) => (
            <a
              key={d.type}
              href={hrefOf({ page: 'drafts', id, type: d.type })}
              aria-current={d === current ? 'page' : undefined}
            >
              {TYPE_LABELS[d.type]}
            </a>
          ))}
        </nav>
      )}
      {!current && <p className="muted">Your plan has no message to send right now.</p>}
      {current && (
        <Editor key={current.type} id={id} draft={current} debrief={debrief} onSent={() => void reload()} />
      )}
      <p>
        <a href={hrefOf({ page: 'plan', id })}>Back to the plan</a>
      </p>
    </section>
  );
}
