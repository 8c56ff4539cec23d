import { APOLOGY_PHRASES, PERFORMANCE_WORDS } from './apology';
import { NUMBER_WORDS, RESULT_WORDS, STANDALONE_RESULTS } from './evidence';
import { CAUSAL_PHRASES, CIRCUMSTANCES, EXCUSE_PHRASES } from './excuse';
import { GRATITUDE_PHRASES } from './gratitude';
import { HEDGING_PHRASES } from './hedging';
import { INTEREST_PHRASES } from './interest';
import { MINOR_MISTAKE_PHRASES } from './minor-mistake';
import { FEEDBACK_REQUEST_PHRASES, NEXT_STEP_PHRASES } from './next-step';
import { OVER_CANDID_PHRASES } from './over-candid';
import { OFFER_ACCEPTED, OTHER_OFFER_PHRASES, PUSHY_PHRASES } from './pushy';
import { TOO_PERSONAL_PHRASES } from './too-personal';

/** Every phrase pattern the rules dispatch by first word: the input of `pattern-index.generated.ts`. */
export const DISPATCHED_PHRASES: readonly RegExp[] = [
  ...APOLOGY_PHRASES,
  ...PERFORMANCE_WORDS,
  RESULT_WORDS,
  NUMBER_WORDS,
  STANDALONE_RESULTS,
  ...Object.values(EXCUSE_PHRASES).flat(),
  ...CAUSAL_PHRASES,
  ...Object.values(CIRCUMSTANCES).flat(),
  ...GRATITUDE_PHRASES,
  ...HEDGING_PHRASES,
  ...INTEREST_PHRASES,
  ...MINOR_MISTAKE_PHRASES,
  ...NEXT_STEP_PHRASES,
  ...FEEDBACK_REQUEST_PHRASES,
  ...OVER_CANDID_PHRASES,
  ...PUSHY_PHRASES,
  ...OTHER_OFFER_PHRASES,
  ...OFFER_ACCEPTED,
  ...Object.values(TOO_PERSONAL_PHRASES).flat(),
];
