/** Thanks for the interviewer's time or the opportunity. */
export const GRATITUDE_PHRASES: readonly RegExp[] = [
  /\bthank(?:s|ful|ing)?\b(?! to (?:the|my|our|a|an|this|that|his|her|their|its|which|whom|these|those)\b)/,
  /\b(?:grateful|gratitude)\b/,
  /(?<!(?:would|'d|will|could) (?:really |greatly |truly )?)\bappreciat(?:e|ed|ion|ing)\b/,
];
