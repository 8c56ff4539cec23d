/**
 * Apology phrases. An apology is first person ("I'm so sorry", "I apologize", "please forgive
 * me"); sympathy ("sorry to hear about the reorganization") and everyday courtesy ("sorry to bother
 * you") are not apologies for the interview and are listed separately so the rule can skip them.
 */
export const APOLOGY_PHRASES: readonly RegExp[] = [
  /\b(?:I|we)(?:'m|'re| am| are| was| were| feel| felt| remain| really| truly)?(?: (?:so|very|really|truly|deeply|terribly|sincerely|incredibly|extremely|genuinely|awfully|quite|still|just))* sorry\b/,
  /(?<=^|[.!?:;]["')]?\s{1,3}|\n\s{0,3}|, )sorry\b/,
  /\b(?:I|we)(?:'d|'m|'ll|'ve)?(?: [\w-]+){0,5}? apologi[sz](?:e|ing|ed)\b/,
  // Not "some apologise for their spelling": others apologizing is the work being described.
  /(?<!\b(?:they|some|many|most|others|people|clients|patients|customers|learners|students|adults|who|often|always|never|usually|sometimes|all|to) )\b(?:apologies|apologise|apologize)(?= (?:for|about|again|once again|if|that)\b)/,
  /\bowe (?:you|you all|the team|everyone|the panel) (?:an|my|a sincere|an honest) apology\b/,
  /(?<!\b(?:a|the|what a|such a|be|been)(?: \w+)? )\bsorry\b(?![ -](?:state|sight|excuse|tale|lot|affair)\b)/,
  /\bI hope you(?: can| will|'ll| could| might| would) (?:\w+ )?(?:forgive|overlook|excuse|pardon)\b/,
  // Not "our apology and redress letters": the work's documents.
  /\b(?:my|our)(?: (?:sincere|sincerest|deepest|humble|heartfelt|honest))? apolog(?:y|ies)\b(?! (?:and [\w-]+ )?(?:letters?|templates?|scripts?|emails?|wording|process|policy|policies|payments?)\b)/,
  /(?<=^|[.!?]["')]?\s{1,3}|\n\s{0,3})apologies\b/,
  /\baccept (?:my|our) apolog(?:y|ies)\b/,
  /\b(?:please )?(?:forgive|excuse|pardon) (?:me|my)\b/,
  // "Please pardon the mess I made of the exercise", "my bad on the pricing question".
  /\bplease (?:pardon|excuse|overlook|forgive) the (?!(?:delay|late|length|long|interruption|intrusion|brevity|short notice|typo|informality|formatting|attachment)\b)/,
  /\bmy bad\b/,
  /\b(?:forgive|excuse|pardon|overlook) (?:how|the way) (?:\w+ )?I\b/,
  // "Forgive the rambling answer on rotas": asking pardon for the performance itself.
  /\b(?:forgive|pardon|overlook) the (?:[\w-]+ ){0,2}?(?:answers?|rambling|ramble|muddle|mix-up|mistakes?|errors?|slip|stumble|confusion|mess|hash|blank|pause|silence|nerves)\b/,
  /\bmea culpa\b/,
  // Formal and translated: "I present you my excuses for the confusion in my answer", "I regret it very much".
  /\b(?:present|offer|give|extend) (?:you )?my (?:sincere |humble |deepest |sincerest )?(?:excuses|apologies)\b|\bI regret it (?:very much|deeply|so much|a lot|greatly)\b/,
  /\b(?:ask|beg|crave) (?:your|you) (?:pardon|forgiveness|indulgence)\b/,
  /\bI (?:deeply |truly |really |sincerely |greatly |so |also |still |bitterly |very much )?regret (?:my|that|not|the way|how|having|being|saying|what|any|getting|losing|missing|wasting|taking|rambling|coming|arriving|forgetting|our|keeping|making|leaving|causing|letting|giving)\b/,
  /\bI feel (?:so |really |truly )?(?:terrible|awful|bad|horrible) (?:about|that|for)\b/,
];

/** What follows "sorry" in sympathy: sorry to hear, sorry for your loss. */
export const SYMPATHY_AFTER: readonly RegExp[] = [
  /^\s*(?:to (?:hear|learn|see|read|find out|lose)|for (?:your|their|his|her|the family's|the) (?:\w+ )?(?:loss|losses|bereavement|trouble|troubles|news|grief)|for the loss of|about (?:their|his|her) |about your|about (?:the|your) (?:\w+ ){0,2}?(?:news|loss|reorgani[sz]ation|restructur\w+|layoffs?|cuts|merger|illness|passing|situation|departure|flooding|outage|week|move)|that (?:you|your|the team|the role|it didn't|things didn't)|(?:you|your team) (?:had(?! to (?:sit|listen|watch|hear|endure|put up|wait|deal|wade|suffer|sit through))|have(?! to (?:sit|listen|watch|hear|endure|put up|wait|deal|wade|suffer))|went|are|were)|it didn't work out)/i,
];

/** Courtesy that is no apology for the performance: sorry to bother you, apologies for the long note. */
/**
 * After "sorry": an apology made for the employer or to its customers, the work itself ("say sorry
 * on behalf of the hotel", "says sorry once and plainly" of a complaint letter).
 */
export const ON_BEHALF_AFTER: readonly RegExp[] = [
  /^\s*(?:once\b(?! (?:again|more)\b)|on behalf of\b|to (?:the |a |an |our |their |each |every |any )?(?:customers?|guests?|clients?|patients?|famil(?:y|ies)|residents?|callers?|users?|members?|public|tenants?|passengers?|parents?|pupils?|students?|complainants?)\b)/,
];

export const COURTESY_AFTER: readonly RegExp[] = [
  /^\s*(?:to (?:bother|trouble|interrupt|intrude|disturb)|for (?:bothering|troubling|disturbing|interrupting your (?:day|weekend|evening|week|holiday|afternoon|morning|schedule)|the (?:interruption|delay|delayed|late (?:reply|response|note|email)|long (?:email|message|note|reply|wait|delay|letter)|length|slow (?:reply|response))|any (?:inconvenience|confusion|delay)|the (?:inconvenience|confusion)|(?:such|this|the) (?:a )?long (?:email|message|note|reply|letter|wait|delay|voicemail)|(?:the )?late (?:reply|response|note))|in advance|to (?:miss|have missed|not (?:meet|have met|see|have seen))|for (?:the|this|my) (?:short|late|last-minute) notice|for (?:writing|reaching out|emailing|following up|checking in) (?:again|twice|so soon)|for (?:the|this|a) (?:second|another|extra|additional|follow-up|double) (?:email|message|note|follow-up)|to (?:reach out|write|email|follow up|check in) (?:again|so soon)|for (?:the|this|my) (?:lengthy|long|longer) (?:email|message|note|reply))/i,
  // The call's timing: "Sorry to catch you before service".
  /^\s*to (?:catch|call|ring|grab|reach|phone) you (?:before|during|at|so|on|while|in the middle|this|just|right)\b/i,
  // Phone tag: "I'm sorry I missed your call yesterday", "sorry for missing your message".
  /^\s*(?:(?:that )?I (?:missed|didn't catch|did not catch|couldn't take|could not take|couldn't answer|could not answer)|for missing|to have missed) your (?:\w+ )?(?:call|calls|message|voicemail|email|text)\b/i,
];

/** Words that tie an apology to the interview performance (used for withdrawals). */
export const PERFORMANCE_WORDS: readonly RegExp[] = [
  /\b(?:answer(?:s|ed|ing)?|respon(?:se|ses|ded)|perform(?:ance|ed)?|mistakes?|(?:being|arriving|was|ran|running|came) late|lateness|unprepared|nervous|nerves|rambl\w*|blew|bombed|messed|stumbl\w*|forgot|forgetting|questions?|presentation|how (?:the|our) (?:interview|conversation) went)\b/,
];
