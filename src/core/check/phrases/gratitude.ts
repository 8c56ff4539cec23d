/** Thanks for the interviewer's time or the opportunity. */
export const GRATITUDE_PHRASES: readonly RegExp[] = [
  // Not "pass my thanks to Joe at reception": thanks carried to someone else.
  // Nor "thank you in advance for your answer": thanks for a reply not yet given is no thanks for the
  // interview.
  /(?<!\bpass (?:on )?(?:my |our |on my )?)\bthank(?:s|ful|ing)?\b(?! to (?:the|my|our|a|an|this|that|his|her|their|its|which|whom|these|those)\b)(?!(?: you)? in advance\b)/,
  // Not "grateful to the box office team there": gratitude to someone else is no thanks to the reader.
  /\b(?:grateful|gratitude)\b(?! (?:to|towards?) (?:the|my|our|his|her|their|them|him|everyone|all)\b)/,
  // "Cheers for having me in", "ta for the tour": informal thanks, never the sign-off "Cheers," alone.
  /\b(?:cheers|ta|merci|gracias|danke|obrigad[oa]|diolch|dank je|tak|grazie|mahalo|arigato|shukran|asante|salamat|kiitos|tack|takk|spasibo|fa'afetai|vinaka|malo|thx|thnx|tnx|ty|much obliged|obliged) (?:(?:so much|very much|a lot|heaps|again|po|lava|tele lava|vakalevu|aupito|sana) )?for\b/,
  // "I really valued our conversation", "I owe you one for the tour".
  /\b(?:valued|treasured|enjoyed and valued) (?:our|the|your) (?:[\w-]+ )?(?:conversation|time|chat|meeting|insights?|feedback|tour|visit|questions|candour|candor|openness|welcome)\b|\bowe you (?:one|a drink|a coffee|a pint) for\b/,
  /(?<!(?:would|'d|will|could) (?:really |greatly |truly )?)\bappreciat(?:e|ed|ion|ing)\b/,
];
