import type { Debrief } from '../debrief/schema';
import { fail, ok, type Result } from '../result';
import {
  MAX_MESSAGE_LENGTH,
  MESSAGE_KINDS,
  PURPOSES,
  type MessageKind,
  type Purpose,
  type Severity,
} from './kinds';
import { RULES, type RuleId } from './registry';
import { createLocator, type Point } from './text/locate';
import { parseMessage } from './text/parse-message';
import { splitSentences } from './text/sentences';

export type { Point } from './text/locate';

/** One problem in a message, in the vfile shape of contract section 1. */
export type Finding = {
  rule: RuleId;
  severity: Severity;
  message: string;
  start: Point;
  end: Point;
  suggestion?: string;
};

export type CheckStats = { words: number; paragraphs: number; sentences: number };

export type CheckResult = { kind: MessageKind; findings: Finding[]; stats: CheckStats };

export type CheckOptions = {
  /** Defaults to `email`. */
  kind?: MessageKind;
  /** Defaults to `recovery`. */
  purpose?: Purpose;
  /** The debrief, for personalization and for whether an apology is warranted. */
  context?: Debrief | null;
};

/**
 * Checks one message against every rule that applies to its kind and purpose. Findings are sorted
 * by position; `stats` describe the body (without subject, greeting and sign-off).
 *
 * @example
 * const { findings } = checkMessage('Subject: Thanks\n\nHi Dana,\n\nSorry I bombed it.\n\nBest,\nSam');
 * findings.map((f) => f.rule); // ['apology', 'over-candid', 'missing-gratitude', ...]
 */
export function checkMessage(text: string, opts: CheckOptions = {}): CheckResult {
  const kind = opts.kind ?? 'email';
  const purpose = opts.purpose ?? 'recovery';
  const message = parseMessage(text, kind);
  const ctx = { message, kind, purpose, debrief: opts.context ?? null };
  const toPoint = createLocator(text);
  const findings: Finding[] = [];
  for (const rule of rulesFor(kind, purpose)) {
    for (const hit of rule.check(ctx)) {
      const suggestion = hit.suggestion ?? rule.suggestion;
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        message: hit.message ?? rule.message,
        start: toPoint(hit.start),
        end: toPoint(Math.max(hit.start, hit.end)),
        ...(suggestion ? { suggestion } : {}),
      });
    }
  }
  findings.sort(
    (a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || compareIds(a.rule, b.rule),
  );
  return {
    kind,
    findings,
    stats: {
      words: message.words,
      paragraphs: message.paragraphs.length,
      // Without a closing line the body is the prose, whose sentences the parse has split already.
      sentences: message.closing
        ? splitSentences(message.norm, message.body).length
        : message.sentences.length,
    },
  };
}

type AnyRule = (typeof RULES)[number];
const RULES_BY_KIND_AND_PURPOSE = new Map<string, readonly AnyRule[]>();

/** The rules that apply to a kind and purpose, in registry order (worked out once per pair). */
function rulesFor(kind: MessageKind, purpose: Purpose): readonly AnyRule[] {
  const key = `${kind}/${purpose}`;
  let rules = RULES_BY_KIND_AND_PURPOSE.get(key);
  if (!rules) {
    rules = RULES.filter(
      (rule) =>
        (rule.kinds as readonly MessageKind[]).includes(kind) &&
        !(rule.skipPurposes as readonly Purpose[]).includes(purpose),
    );
    // An unchecked caller's made-up kind or purpose is not remembered.
    if (MESSAGE_KINDS.includes(kind) && PURPOSES.includes(purpose)) RULES_BY_KIND_AND_PURPOSE.set(key, rules);
  }
  return rules;
}

/**
 * `checkMessage` behind the size limit: a message over `MAX_MESSAGE_LENGTH` UTF-16 code units is
 * refused as a value (`check/too-large`), so the CLI exits 2 and the server answers 413/400.
 *
 * @example
 * const r = checkMessageWithinLimit(text, { kind: 'letter' });
 * if (!r.ok) console.error(r.error.message);
 */
export function checkMessageWithinLimit(text: string, opts: CheckOptions = {}): Result<CheckResult> {
  if (text.length > MAX_MESSAGE_LENGTH) {
    return fail(
      'check/too-large',
      `expected a message of at most ${MAX_MESSAGE_LENGTH} characters, got ${text.length}`,
    );
  }
  return ok(checkMessage(text, opts));
}

/** True when a finding would make `rebound check` exit 1. */
export function hasErrorFinding(result: CheckResult): boolean {
  return result.findings.some((f) => f.severity === 'error');
}

/**
 * Rule ids are lowercase ASCII, so code-unit order is enough. Not `localeCompare`: it builds an ICU
 * collator on first use, a cost every short-lived `rebound check` process would pay.
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
