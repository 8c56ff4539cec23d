import type { Debrief } from '../../core/debrief/schema';
import { findPatterns } from '../../core/journal/find-patterns';
import type { Answer, Lesson } from '../../store/types';
import type { JournalView } from '../api-types';

/**
 * The journal page's data: the patterns across interviews, the lessons and the answer bank.
 *
 * @example
 * const view = buildJournalView(debriefs, lessons, answers);
 */
export function buildJournalView(
  debriefs: readonly Debrief[],
  lessons: Lesson[],
  answers: Answer[],
): JournalView {
  return { ...findPatterns(debriefs), lessons, answers };
}
