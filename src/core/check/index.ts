/**
 * The note checker (contract section 1): pure and browser-safe, used by the CLI, the server, the
 * draft composers and the web editor.
 */
export {
  checkMessage,
  checkMessageWithinLimit,
  hasErrorFinding,
  type CheckOptions,
  type CheckResult,
  type CheckStats,
  type Finding,
  type Point,
} from './check-message';
export {
  LENGTH_BUDGETS,
  MAX_MESSAGE_LENGTH,
  MESSAGE_KINDS,
  PURPOSES,
  SEVERITIES,
  type MessageKind,
  type Purpose,
  type Severity,
} from './kinds';
export { RULES, RULE_IDS, type RuleId } from './registry';
export type { Rule, RuleDoc } from './rule';
