/**
 * Self-deprecating verdicts on one's own performance. Each pattern needs the candidate as subject
 * or object, so "disaster recovery" or "I blew past the target" do not match.
 */
export const OVER_CANDID_PHRASES: readonly RegExp[] = [
  /\b(?:I|we)(?:'ve| have| had| really| totally| completely| just| kind of| basically)* (?:bombed|tanked|flopped|choked|botched|butchered|flubbed|fluffed|flunked|fumbled|bungled|blundered)\b(?! (?:up|for|with|around|in|through (?:my|the) (?:bag|pocket|keys)))/,
  /\b(?:bombed|tanked|botched|butchered|flubbed|fluffed|fumbled|bungled|bottled|muffed|made a (?:complete |total |real |right |proper |bit of a )?(?:hash|mess|muddle|pig's ear|dog's dinner) of) (?:the|that|my|our|your) (?:\w+ )?(?:interview|question|answer|presentation|case study|conversation|role-play|exercise|task|test|demo|pitch|part|section)s?\b/,
  /\b(?:blew|blown|blow) (?:it|that|(?:the|your) (?:[\w-]+ ){0,3}?(?:interview|question|answer|chance|opportunity|presentation|case study|case|exercise|task|lesson|demo|test|pitch|role-play|trial|audition|assessment|practical|session|tasting)|my (?:[\w-]+ ){0,2}?(?:answer|chance|shot|interview|presentation|opportunity|lesson|demo|test|pitch|trial|audition))\b/,
  /\b(?:choked|choking) on (?:the|that|my|your) (?:[\w-]+ ){0,3}?(?:question|answer|interview|presentation|task|exercise|test|case study)s?\b/,
  /\b(?:I|we)(?:'ve| have| had| really| totally| completely| royally| badly)* (?:messed|screwed|mucked|fouled) (?:\w+ ){0,3}?up\b/,
  /\b(?:messed|screwed) up (?:the|that|my|our) (?:interview|question|answer|presentation)\b/,
  /\btrain[ -]?wreck\b/,
  /\b(?:I|it|that|interview|answer|answers|performance|response|responses|presentation|which)(?:'s)? (?:was|were|is|felt like|turned into|became|went) (?:a |an )?(?:complete |total |absolute |real |utter |bit of a |little )?(?:disaster|catastrophe|fiasco|mess|failure|nightmare|embarrassment|joke|shambles|car crash|write-off|washout|flop)\b(?! (?:recovery|relief|response|planning|preparedness|management|zone)| for (?!me\b))/,
  /\bI (?:was|am|felt|looked|sounded|came across as|must have seemed|must have looked) (?:so |really |just |absolutely |truly |pretty |quite |completely |totally )?(?:terrible|awful|horrible|dreadful|hopeless|pathetic|useless|incompetent|an idiot|a mess|a wreck|so bad|clueless|embarrassing|a disaster|a shambles|rubbish|atrocious|abysmal)\b(?! (?:lot|many|much|few))/,
  /\bI (?:did|performed|interviewed|answered) (?:so |really |just |absolutely |truly |pretty )?(?:terribly|awfully|horribly|dreadfully|badly|poorly)\b/,
  /\bmy (?:\w+ )?(?:answers?|responses?|performance|interview|presentation|pitch|demo|role-play|explanation|case study|lesson|demonstration|lecture|observation|teaching)(?: (?:on|to|about|for|in|during)(?: [\w-]+){1,4}?)? (?:was|were|felt|came out as) (?:\w+ )?(?:terrible|awful|horrible|dreadful|pathetic|embarrassing|a mess|a disaster|a joke|abysmal|atrocious|a trainwreck|a shambles|a car crash|hopeless|useless|rubbish|a failure|a fiasco|a muddle)\b/,
  /\b(?:I|my (?:\w+ )?(?:answers?|responses?|pitch|presentation|demo|joke|example))(?: (?:completely|totally|really|just))? fell flat\b/,
  /\b(?:made a fool of myself|embarrassed myself|humiliated myself|made a (?:complete |total )?mess of (?:the|that|my|it)|my worst interview|worst interview (?:I've|I have) ever|fell flat on my face|fell apart)\b/,
  /\bI (?:completely |totally )?(?:froze up|choked|completely froze|totally froze)\b/,
  // Idioms for a botched performance, by structure rather than by the one phrase: "made a thorough
  // hash of", "the mess I made of", a part of the interview "was a dumpster fire", "crashed and burned".
  /\bmade (?:a |an )?(?:(?:complete|total|real|right|proper|thorough|absolute|utter|bit of a|terrible|awful|royal) )*(?:hash|mess|muddle|pig's ear|dog's (?:dinner|breakfast)|hames|balls-up|cock-up|botch|bodge|shambles|car crash) of\b/,
  /\b(?:the|what a) (?:(?:complete|total|real|right|proper|thorough|absolute|utter) )?(?:mess|hash|muddle|hames|shambles) I made of\b/,
  /\bI (?:\w+ )?(?:crashed and burned|went down in flames|fell to pieces|went to pieces|came apart|came unstuck|lost the plot|dropped the ball|fluffed my lines|made a hash|made a mess)\b/,
  /\b(?:walkthrough|review|run-through|answers?|responses?|performance|presentation|pitch|demo|interview|exercise|task|test|case study|role-play|attempt|explanation|showing|session|practical|assessment|audition|trial|tasting|whiteboard|lesson|demonstration|lecture|observation)(?: (?:on|to|about|for|in|during|of|at)(?: [\w'-]+){1,4}?)? (?:was|were|felt like|turned into|became|went)(?:,? (?:frankly|honestly|quite simply|to be honest|in truth|truthfully|candidly|basically|really|just|sadly|also|totally|completely|pretty much|I admit|I'm afraid),?)? (?:a |an )?(?:(?:complete|total|absolute|real|utter|proper|bit of a|little|right|full-blown) )?(?:car[ -]crash|dumpster fire|train[ -]?wreck|disaster|catastrophe|fiasco|mess|shambles|write-off|washout|flop|horror show|clown show|nightmare|embarrassment|debacle|howler|omnishambles|damp squib)\b/,
];
