export {
  assessDebrief,
  isAddressedMishap,
  isApologyOwed,
  type Assessment,
  type MishapVerdict,
} from './assess';
export { buildPlan, type PlanOptions } from './build-plan';
export { scheduleFor, zoneOf, type Schedule } from './timing';
export * from './types';
export { ACTION_LABELS } from './labels';
export { assessSelf, type SelfAnswer, type SelfAssessmentItem } from './self-assessment';
