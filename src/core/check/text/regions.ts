import type { ParsedMessage } from './parse-message';
import { trimSpan, type Span } from './span';

/** The whole message without surrounding whitespace (never empty unless the text is). */
export function wholeSpan(m: ParsedMessage): Span {
  return trimSpan(m.norm, { start: 0, end: m.norm.length });
}

/** Where thanks belong: the first paragraph of the body, else the whole message. */
export function openingSpan(m: ParsedMessage): Span {
  const first = m.paragraphs[0];
  return first ?? fallback(m);
}

/** Where interest and the next step belong: the last paragraph before the sign-off. */
export function closingSpan(m: ParsedMessage): Span {
  const last = m.closing ?? m.paragraphs[m.paragraphs.length - 1];
  return last ?? fallback(m);
}

/** The body, or the whole message when the body is empty. */
export function bodySpan(m: ParsedMessage): Span {
  return m.body.end > m.body.start ? m.body : fallback(m);
}

/** The subject line (when there is one) and the prose: what a reader takes as the message. */
export function readableRegions(m: ParsedMessage): Span[] {
  const out: Span[] = [];
  if (m.subject) out.push(m.subject);
  if (m.greeting) out.push(m.greeting);
  out.push(m.prose);
  return out;
}

function fallback(m: ParsedMessage): Span {
  const w = wholeSpan(m);
  if (w.end > w.start) return w;
  return { start: 0, end: m.norm.length };
}
