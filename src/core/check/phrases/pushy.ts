/** Pressure and entitlement: demands, deadlines, ultimatums, promises to keep chasing. */
export const PUSHY_PHRASES: readonly RegExp[] = [
  /\bI (?:really |truly |certainly |definitely |think I |believe I |feel I )?deserve\b/,
  /\bI(?:'ve| have) (?:more than |surely |clearly )?earned (?:this|the|a|my) (?:[\w-]+ ){0,3}?(?:job|role|position|offer|chance|spot|place|interview|round|shot|seat|post|promotion|appointment)\b/,
  /\bI expect (?:you|the panel|the committee|the board|them|your team|the council) to (?:confirm|decide|offer|appoint|get back|respond|reply|call|come back)\b/,
  /\bI expect (?:the courtesy of|the favou?r of|nothing less than|at least) (?:a|an|your|the) (?:\w+ )?(?:decision|answer|reply|response|offer|update|call)\b/,
  /\b(?:I|we)(?:'ll| will| shall|'d| would)? (?:need|expect|require|must have|must get|want|demand|like) (?:an? |your |the |a final )?(?:[\w'-]+ )?(?:decision|answer|response|reply|offer|update|verdict|yes or (?:a )?no)s?(?: (?:letter|email|call|in writing))?(?: from (?:you|[\w&'-]+(?: [\w&'-]+){0,2}))? (?:by|before|within|no later than|today|tomorrow|this week|immediately|asap|right away|now)\b/,
  /\b(?:appreciate|need|want|expect|require|like|get|have|receive|look forward to|looking forward to|await|awaiting|intimate|communicate|convey|confirm) (?:a|an|your|the) (?:[\w]+'s )?(?:final |firm |quick |clear )?(?:decision|answer|response|reply|offer|verdict)(?: to me)? (?:latest |at the latest )?(?:by|before|no later than|within)\b/,
  /\b(?:decision|answer|reply|response|offer|word|news) (?:\w+ ){0,3}?(?:by|before) (?:[\w.]+ ){1,4}?at the (?:very )?latest\b/,
  /\bI expect (?:to hear|a (?:response|reply|decision|call|answer)|an? (?:answer|offer|update)|you to)\b/,
  // "I'll be calling your office every Monday until the panel gives me an answer".
  /\bI(?:'ll| will)(?: be)? (?:call|ring|phone|email|text|chase)(?:ing)? (?:[\w-]+ ){0,3}?every (?:day|morning|week|monday|tuesday|wednesday|thursday|friday)\b[^.!?\n]{0,40}?\buntil\b/,
  // "With that record, I am entitled to be at the top of your list".
  /\bI(?:'m| am) (?:surely |clearly |certainly |therefore )?entitled to (?:be (?:at the top|first|top|shortlisted|offered|hired|appointed|considered first)|(?:the|this|an?) (?:job|role|offer|position|post|place|interview|second interview))\b/,
  // Not "you said you would decide by Friday": the reader's own timetable, reported.
  /(?<!\b(?:you|you'll|you'd|they|the panel|the team|we) (?:would |will |plan to |hope to |expect to |aim to |intend to )?)\b(?:respond|reply|get back to me|let me know|answer|decide|call me|write back|confirm|tell me|advise me|inform me|update me)(?: \w+){0,3}? (?:by|before|no later than) (?:(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|end of (?:the )?(?:day|week)|eod|cob|noon|\d))/,
  /\b(?:respond|reply|answer|decide|get back to me) (?:immediately|asap|right away|promptly|today|urgently)\b/,
  /\bI need to (?:hear|know) (?:back )?(?:\w+ )?(?:by|soon|immediately|asap|this week|today|now)\b/,
  /\bif I (?:don't|do not|haven't|have not|havent|didn't|did not) (?:hear|heard|receive|received|get|got|have|had) (?:back |anything |(?:an?|your|the) (?:offer|answer|decision|reply|response) (?:in writing )?)?(?:from you )?(?:by|before|within|soon|this week)\b/,
  /\bI(?:'ll| will) (?:assume|take it) (?:that )?you(?:'ve| have)? (?:decided|gone|chosen|moved on|passed)\b/,
  /\bI(?:'ve| have) (?:also |already |just )?been offered (?:a |an |another )?(?:[\w-]+ ){0,3}?(?:post|job|role|position|contract|place) (?:elsewhere|(?:by|at|with) (?:another|a different|a rival|one other))\b/,
  /\b(?:grateful|appreciate it|thankful) (?:for |if )?(?:your|a|the) (?:final )?(?:decision|answer|reply|response) (?:before|by)\b/,
  // "A hospital in Riyadh has offered me a consultant post …, so unless you can make me an offer by
  // Thursday I will accept theirs", "the Commission has made me an offer".
  /\bunless I hear\b|\bunless you (?:can )?(?:make|give|send|offer) me\b/,
  /(?<=\b(?:has|have) (?:also |already |just )?)(?:offered me (?:a|an) (?:[\w-]+ ){0,3}?(?:post|job|role|position|contract|place)|made me an offer)\b/,
  /\bI (?:need|have|must|would need|will need)(?: \w+)? to (?:hear|know|have|get|receive)(?: \w+){0,5}? (?:by|before|no later than|within) (?:(?:this |next |the )?(?:end of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|weekend|week|eod|cob|noon|\d)|(?:a |two |three |the next )?(?:days?|weeks?|hours?))/,
  /\botherwise,? I(?:'ll| will| am going to| shall| have to)\b/,
  // "so the job is mine by rights", "give me an answer within 48 hours or I'll take it", "Match it
  // or beat it by then, or I sign with them" (each at a rare word: one at "or" tipped the benchmark's
  // note over V8's optimizing threshold, ADR 0001).
  /(?<=\b(?:job|role|position|post|place|offer) (?:is|should be) )mine\b/,
  /(?<=\bgive me (?:an?|your|the) (?:[\w-]+ )?(?:answer|decision|reply|response) )(?:within|by|before)\b/,
  /(?<=\bor I(?:'ll| will) )(?:take|accept|go with) (?:it|that|theirs|their offer|the other)\b|(?<=\bor I(?:'ll| will)? )sign with\b|(?<=\bmatch it or )beat it\b/,
  /\bI will have (?:no choice|to accept|to move on)\b/,
  /\bI(?:'ll| will| am going to| plan to| intend to)(?: just)? (?:keep|continue) (?:on )?(?:following up|calling|emailing|checking in|reaching out|contacting|writing|ringing|phoning|texting|messaging|chasing|nudging|pinging|popping in|dropping by|pestering)\b/,
  /\bI(?:'ll| will) (?:call|email|follow up|check in|write)(?: \w+){0,2}? (?:every|each) (?:day|morning|week|few days|other day)\b/,
  /\bI(?:'ll| will) (?:call|email|follow up|check in|write)(?: \w+){0,2}? daily\b/,
  /\b(?:until|till|til) I (?:hear|get|have|receive) (?:back|from you|your|an?|the|where I stand|some news|news|a decision|a final|something|anything|word|where|how|what|whether|if)\b/,
  /\bI(?:'ll| will) be (?:ringing|calling|phoning|emailing|checking in|popping in|dropping by) (?:you )?(?:every|each|daily)\b|\bexpect (?:a call|an email|a visit|to hear) from me\b/,
  /\b(?:until|till|til) (?:you|y'all|you all|you guys|the panel|the team) (?:make up (?:your|their) minds?|decide|have decided|give me|say yes|hire|call me back|get back to me)\b/,
  /\bI(?:'ll| will) (?:give you a (?:bell|ring|call|buzz|shout)|drop (?:you )?a (?:line|note|message)|ring you|swing by|pop (?:in|by|round)|drop (?:in|by)|stop by)(?: [\w']+){0,5}? every (?:day|morning|week|few days|other day|couple of days|couple of weeks|\w+ days)\b/,
  /\byou (?:won't|will not|wouldn't|would not) find (?:anyone|a better|someone) (?:better|else|more)/,
  /\b(?:I insist|I demand)\b/,
  /\bI (?:\w+ ){0,2}?need to know by (?:this |next |the end of )?(?:\w+day|tomorrow|the weekend|the end|the \d+|\d)/,
  /\b(?:give|send|get) me (?:a|an|your) (?:final )?(?:decision|answer) by\b/,
  /\byour (?:last|final) chance\b/,
  /\bnow or never\b/,
  // Pressing for the decision itself: "I need an answer soon", "have you made a decision yet?".
  /\bI (?:really |urgently )?(?:need|must have|require|have to have|have to get|must get) (?:an? |your |the )?(?:\w+ )?(?:answer|decision|response|reply|verdict|update)s?(?: \w+){0,3}? (?:soon|quickly|asap|urgently|now|immediately|today|tomorrow|shortly|fast|this week|right away)\b/,
  /\b(?:made|reached|come to|arrived at) (?:a|your|the|any) (?:final )?decision yet\b/,
  /\b(?:have|has) (?:you|the team|the panel) (?:decided|chosen|picked) yet\b/,
  /\b(?:any (?:decision|news|update) yet|is there a decision yet|when (?:will|can) I (?:expect|hear|get) (?:a|an|your) (?:decision|answer|offer))\b/,
  // Pressing without a deadline's words: "sooner is better for me", "I'd need to know where I stand
  // by the end of the week", "it would help to hear something from you by Monday", "I'll check in
  // with you on Monday if I haven't heard anything, and again the week after".
  /\bsooner (?:is|would be) better for me\b|\bthe sooner the better\b/,
  /\bevery day(?: [\w-]+){0,3}? until (?:someone|somebody|you|I get|I hear|I know)\b|\buntil (?:someone|somebody) gives me (?:an answer|a yes or no|a decision)\b/,
  /\bI(?:'d| would| will|'ll)? need to (?:know|hear|have an answer|get an answer|have a decision)(?: [\w']+){0,4}? (?:by|before|within) (?:the end of|end of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|this|close of)\b/,
  /\b(?:it would help|I need|I'd need|I would need) to hear (?:something |back |anything )?(?:from you )?(?:by|before|within)\b/,
  /\b(?:I'll|I will) (?:check in|follow up|chase|call|email|ring|phone)(?: [\w']+){0,4}? if I (?:haven't|have not|don't|do not) (?:heard|hear)\b|\band again the (?:week|day) after\b/,
  /\bI (?:can't|cannot|can not|won't|will not) (?:wait|hold on|hold out) (?:much |any )?(?:longer|forever|indefinitely)\b/,
  // Not "clients appreciate that I answer quickly": the writer's own habit.
  /(?<!\b(?:I|we|they|he|she|who|to|can|will) )\b(?:please )?(?:decide|respond|reply|answer) (?:as soon as possible|quickly|soon|without delay)\b/,
  /\bI(?:'m| am) (?:still )?waiting (?:on|for) (?:a|an|your) (?:decision|answer|reply|response)\b/,
  // "I'll be calling again every couple of days until I do".
  /\b(?:calling|ringing|phoning|emailing|texting|checking in|following up|chasing)(?: you| this| it)?(?: again| back)? every (?:couple of |few |other |second |single )?(?:days?|mornings?|weeks?|afternoons?)\b/,
  // "send me your offer details by Friday" (at the rarer word; no offer exists yet to ask for).
  /(?<=\b(?:send|give|email) me (?:your|the|an) )offer(?: details| letter| terms)?\b(?=[^.!?\n]{0,30}\bby\b)/,
];

/**
 * Other offers or interviews. They are leverage in a recovery note unless the writer has accepted
 * one (then it is a withdrawal, see `OFFER_ACCEPTED`).
 */
export const OTHER_OFFER_PHRASES: readonly RegExp[] = [
  /\b(?:other|several|two|three|multiple|a few|more|a number of) (?:\w+ )?(?:interviews?|final rounds|second rounds) (?:lined up|scheduled|coming up|booked|in the pipeline|on the go|in progress|this week|next week|to attend|pending)\b/,
  /\b(?:other|several|multiple|two|three) (?:companies|employers|firms|places) (?:are |have been )?(?:waiting|interested in me|chasing me|keen)\b/,
  // Not offers the writer's work handled: "I benchmarked competing offers for the 40 engineers we hired".
  /(?<!\b(?:benchmarked|benchmarking|benchmark|compared|comparing|analysed|analyzed|analysing|analyzing|matched|matching|tracked|tracking|countered|countering|beat|beating) )\b(?:another|other|a competing|competing|a second|multiple|two|several|a better|an outside) (?:job |strong )?offers?\b/,
  /\boffers? from (?:another|other|two|several|a (?:rival|competing|different)) (?:company|companies|employers?|firms?|business(?:es)?|organi[sz]ations?|agenc(?:y|ies)|practices?|schools?|hospitals?|banks?|brands?|restaurants?|studios?|teams?)\b/,
  /\b(?:another|a different|one other) (?:\w+ ){0,2}?(?:(?:has|have|had) )?(?:already |just )?offered me\b/,
  /\bunless you (?:can )?(?:match|beat|better|top) (?:it|that|this|the offer|their offer|theirs)\b/,
  // "I am holding an offer from another network operator".
  /\b(?:holding|hold|have|got|received|sitting on) an? (?:\w+ )?offer (?:from|with) (?:another|a rival|a competing|a different|one other|a second)\b/,
  // Irish and British "I've an offer from another store".
  /\bI've an? (?:\w+ )?offer (?:from|with) (?:another|a rival|a competing|a different|one other|a second)\b/,
  /\b(?:other|several|two|multiple) (?:companies|employers|firms) (?:are|have been|were) (?:\w+ )?(?:interested|pursuing|in touch|calling|courting)\b/,
  /\bI(?:'m| am) (?:also |currently )?(?:interviewing|in (?:final|late)[- ]stage|in talks|in final rounds)(?: \w+){0,2}? (?:with|at) (?:other|several|two|multiple|another)\b/,
  // Said sideways: "a couple of other irons in the fire", "another agency has put an offer in front of me".
  /\b(?:other|a few|a couple of|several|two|more) (?:other )?irons in the fire\b/,
  // Formal: "failing which I shall be constrained to accept the offer I presently hold from another hotel".
  /\boffer I (?:presently |currently |now |already )?(?:hold|have)(?: \w+){0,2}? from (?:another|a rival|a competing|a different|one other)\b|\bfailing which I (?:shall|will|would) (?:be (?:constrained|forced|obliged) to |have to )?accept\b/,
  /\b(?:another|a rival|a competing|a different|one other) (?:[\w-]+ ){0,2}?(?:has|have|had) (?:just |already )?(?:put|placed|made|given|extended) (?:me )?(?:an? )?(?:[\w-]+ )?offer\b/,
];

export const OFFER_ACCEPTED: readonly RegExp[] = [
  // Done or decided, not threatened: "I will accept theirs unless you match it" is leverage.
  /\b(?:accepted|(?:I'm|I am|we're|we are|am) accepting|(?:have|I've|we've|had) taken|decided to (?:take|accept|join|go with)|signed)\b/,
];
