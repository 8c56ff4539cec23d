/**
 * Self-deprecating verdicts on one's own performance. Each pattern needs the candidate as subject
 * or object, so "disaster recovery" or "I blew past the target" do not match.
 */
export const OVER_CANDID_PHRASES: readonly RegExp[] = [
  /\b(?:I|we)(?:'ve| have| had| really| totally| completely| just| kind of| basically)* (?:bombed|tanked|flopped|choked|botched|butchered|flubbed)\b/,
  /\b(?:bombed|tanked|botched|butchered|flubbed) (?:the|that|my|our) (?:interview|question|answer|presentation|case study|conversation)\b/,
  /\b(?:blew|blown|blow) (?:it|that|the (?:interview|question|answer|chance|opportunity|presentation)|my (?:answer|chance|shot|interview|presentation|opportunity))\b/,
  /\b(?:I|we)(?:'ve| have| had| really| totally| completely| royally| badly)* (?:messed|screwed|mucked|fouled) (?:\w+ ){0,3}?up\b/,
  /\b(?:messed|screwed) up (?:the|that|my|our) (?:interview|question|answer|presentation)\b/,
  /\btrain[ -]?wreck\b/,
  /\b(?:I|it|that|interview|answer|answers|performance|response|responses|presentation|which)(?:'s)? (?:was|were|is|felt like|turned into|became|went) (?:a |an )?(?:complete |total |absolute |real |utter |bit of a |little )?(?:disaster|catastrophe|fiasco|mess|failure|nightmare|embarrassment|joke)\b(?! (?:recovery|relief|response|planning|preparedness|management|zone))/,
  /\bI (?:was|am|felt|looked|sounded|came across as|must have seemed|must have looked) (?:so |really |just |absolutely |truly |pretty |quite |completely |totally )?(?:terrible|awful|horrible|dreadful|hopeless|pathetic|useless|incompetent|an idiot|a mess|a wreck|so bad|clueless|embarrassing)\b/,
  /\bI (?:did|performed|interviewed|answered) (?:so |really |just |absolutely |truly |pretty )?(?:terribly|awfully|horribly|dreadfully|badly|poorly)\b/,
  /\bmy (?:answers?|responses?|performance|interview|presentation) (?:was|were) (?:\w+ )?(?:terrible|awful|horrible|dreadful|pathetic|embarrassing|a mess|a disaster|a joke|abysmal|atrocious|a trainwreck)\b/,
  /\b(?:made a fool of myself|embarrassed myself|humiliated myself|made a (?:complete |total )?mess of (?:the|that|my|it)|my worst interview|worst interview (?:I've|I have) ever|fell flat on my face|fell apart)\b/,
  /\bI (?:completely |totally )?(?:froze up|choked|completely froze|totally froze)\b/,
];
