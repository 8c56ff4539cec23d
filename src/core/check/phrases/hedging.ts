/** Weak wording that undercuts a claim. */
export const HEDGING_PHRASES: readonly RegExp[] = [
  /\bI think maybe\b/,
  /\bI (?:think|thought|guess|suppose|feel) (?:perhaps|possibly)\b/,
  // "I believe I could perhaps be useful", "I feel I probably handled it somewhat OK".
  /\b(?:perhaps|possibly) (?:a bit|a little|slightly|somewhat)\b|(?<=\b(?:could|might) )(?:perhaps|possibly)\b|(?<=\bI (?:feel|think|believe) I )(?:probably|possibly|perhaps)\b/,
  /\bsomewhat (?:ok|okay|alright|all right|fine|well|good|decent)\b/,
  /\b(?<!I think )maybe\b/,
  /\bI (?:just )?(?:guess|suppose)\b/,
  /\b(?:just|only) (?:wanted|want|wanting|thought|writing|checking|hoping|reaching out) to\b/,
  /\bjust (?:wanted|thought|writing|checking|hoping|reaching out)\b/,
  /\bhopefully\b/,
  // Not before a figure: "the overnight sort of 14,000 parcels" is a noun. Not courtesy: "it was
  // kind of you to show me round".
  /\b(?:kind|sort) of\b(?! \d| (?:you|him|her|them)\b)/,
  /\bI reckon\b/,
  /\bmore or less\b/,
  /\bI(?:'d| would) like to think\b/,
  /\b(?:kinda|sorta)\b/,
  /\bI (?:feel|felt) like (?:I|my|maybe|it|this|that)\b/,
  /\bI(?:'m| am) not (?:sure|certain) (?:if|whether|but|that)\b/,
  /\bI (?:might|may|could) be wrong\b/,
  /\bif (?:that|this) makes sense\b/,
  /\bnot (?:an|really an?) expert\b/,
];

/**
 * Words before "kind of" / "sort of" that make it a noun phrase ("the kind of work") rather
 * than a hedge ("kind of thin").
 */
export const KIND_OF_DETERMINERS = new Set(
  (
    'the a an this that these those what which whatever any every each some same one my your our their his her its no ' +
    'another other right wrong different best first only particular specific exact certain new favorite favourite all ' +
    'similar rare special unique perfect ideal whole main usual typical'
  ).split(' '),
);
