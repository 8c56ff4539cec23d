import { forwardRef, useRef, type Ref } from 'react';
import { segmentsOf, type EditorFinding } from '../draft-fixes';

type Props = {
  id: string;
  value: string;
  findings: readonly EditorFinding[];
  onChange: (value: string) => void;
  describedBy?: string;
};

/**
 * A textarea with the checker's findings highlighted behind the text: a backdrop with the same
 * font and wrapping mirrors the text with marks, and scrolls with it. The backdrop is hidden from
 * screen readers; the findings list next to the editor says the same in words.
 */
export const HighlightEditor = forwardRef(function HighlightEditor(
  { id, value, findings, onChange, describedBy }: Props,
  ref: Ref<HTMLTextAreaElement>,
) {
  const backdrop = useRef<HTMLDivElement>(null);
  const segments = segmentsOf(value, findings);
  return (
    <div className="editor">
      <div className="editor-backdrop" ref={backdrop} aria-hidden="true">
        {segments.map((s) =>
          s.severity ? (
            <mark key={s.key} className={`hl hl--${s.severity}`}>
              {s.text}
            </mark>
          ) : (
            <span key={s.key}>{s.text}</span>
          ),
        )}
        {/* A trailing line break needs a character after it to take up its line. */}
        {'\u200b'}
      </div>
      <textarea
        id={id}
        ref={ref}
        className="editor-input"
        value={value}
        spellCheck
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
});
