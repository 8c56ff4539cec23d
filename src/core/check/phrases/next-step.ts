/**
 * A call to action: an offer to talk further, share more or take the next step. A bare "I look
 * forward to hearing from you" is a polite close and is deliberately absent.
 */
export const NEXT_STEP_PHRASES: readonly RegExp[] = [
  /\b(?:would|I'd|we'd|will|I'm|I am|am|be) (?:also )?(?:be )?(?:very |more than |really )?(?:glad|happy|delighted|pleased|eager|keen|ready|available) to (?:\w+ )?(?:share|send|walk|talk|discuss|provide|answer|meet|go (?:over|through|into)|show|follow|expand|explain|elaborate|demonstrate|present|come|speak|chat|connect|review|clarify|continue (?:the |our )?(?:conversation|discussion|chat|dialogue)|put|set|schedule|pass|forward|prepare|give|offer|run|dig|take you)\b/,
  /(?<!\b(?:was|were|been|felt)(?: (?:so|very|really|truly|extremely))? )\b(?:glad|happy|delighted|pleased|keen|ready) to (?:\w+ )?(?:share|send|walk|talk|discuss|provide|answer|meet|show|expand|explain|elaborate|demonstrate|present|come|speak|chat|connect|review|clarify|continue (?:the |our )?(?:conversation|discussion|chat|dialogue)|set up|schedule|forward|prepare|run|dig|take you)\b/,
  /\b(?:I|and|or) (?:can|could) (?:also |easily |gladly |happily |maybe |perhaps |hopefully |probably )?(?:send|share|walk|forward|email|provide|prepare|put together|set up|show|present|answer|come|talk|call|go through|take you|meet|visit|shadow|demonstrate|ride along|tag along|work alongside|sit (?:down )?with (?:you|your)|bring (?:you|in|along|over|round)|be (?:at|in|with) (?:your|the) (?:[\w-]+ ){0,3}?(?:on|any|this|next|whenever|from)(?= ))\b|\b(?:can|could|will) come (?:to|and) (?:present|show|meet|talk|walk|run|demo|demonstrate|discuss)\b/,
  /\b(?:would|could|I'd|we'd) (?:really |very much |also |greatly )?(?:welcome|love|appreciate|value|like|enjoy|relish) (?:the |a |an |another )?(?:chance|opportunity|conversation|call|meeting|time) to (?:\w+ )?(?:discuss|talk|speak|walk|show|continue|meet|share|explain|expand|go|elaborate|answer|present|demonstrate|follow|review|revisit|clarify|dig)\b/,
  /\b(?:let me know|tell me) (?:if|whether|when|what|how|which)\b/,
  // "Happy to jump on a call before then"; not "I had to jump on a call", which is past.
  /(?<!\b(?:had|have|needed|need) to )\b(?:jump|hop) on (?:a|another) (?:[\w-]+ )?(?:call|chat|zoom|video call|phone call|teams call)\b/,
  /\b(?:please )?(?:feel free|don't hesitate|do not hesitate) to\b/,
  /\bif you (?:have|had|think of) any (?:\w+ )?(?:questions|concerns|doubts|follow-up)\b/,
  /\bif (?:it|that|this) would (?:help|be (?:useful|helpful|of interest))\b/,
  /\bwould (?:it|that|this) (?:help|be (?:useful|helpful|possible|worthwhile))\b/,
  // "I am ready for an assessment drive"; not "I wasn't ready for the practical".
  /(?<!\b(?:was|wasn't|were|weren't|not|never) )\b(?:available|free|ready) (?:to|for) (?:a |an |another |any )?(?:[\w-]+ ){0,2}(?:talk|chat|call|conversation|discuss|meet|meeting|questions|follow-up|a call|trial|interview|visit|shift|test|assessment|demo|practical|drive|ride-along|road test)\b/,
  /\b(?:schedule|set up|arrange|book|find) (?:a |another |some |a short |a quick |a brief |a second )?(?:time|call|meeting|chat|conversation|follow-up)\b/,
  // Not "after I added a follow-up call at two weeks": the clinic's process, in the past.
  /(?<!\b(?:added|introduced|set up|ran|made|make|scheduled|booked|built|started|do|did) (?:a |the )?)\b(?:second|another|follow-up|further|short|brief|quick) (?:conversation|call|meeting|chat|discussion)\b/,
  /\b(?:I've|I have) (?:also )?(?:attached|included|enclosed)\b|\b(?:attached|enclosed) (?:is|are)\b/,
  /\blook(?:ing)? forward to (?:speaking|talking|discussing|continuing|the next (?:step|stage|round)|next steps|meeting (?:again|you)|our next|chatting|connecting|showing|walking)\b/,
  // Not "I look forward to hearing about the next steps": waiting to hear is a polite close.
  // Nor "the right next step in my career": a step for the writer, not one offered to the reader.
  /(?<!\bhear(?:ing)? (?:more |back )?(?:about|of|on|regarding) (?:the |any )?)\bnext steps?\b(?! (?:in|for|of) (?:my|your|the|our) (?:career|development|journey|growth|working life)| (?:that )?I\b| for me\b)/,
  /\bor (?:to |I can |I could )?(?:come|meet|send|share|talk|walk|show|bring|run|do|visit|call|go through|present|prepare|email|drop)\b(?! (?:my|our|a|the) (?:experience|skills|energy|enthusiasm)\b)/,
  /\bas a (?:[\w-]+ )?(?:trial|test|sample|demo|try-out|tryout)\b/,
  // "I can fly a test survey of your yard and send you the model": an offer whatever the verb.
  /\b(?:I can|I could|I'll|I will|happy to|glad to|keen to|eager to|ready to|willing to|I'd be happy to|I'd be glad to) [a-z]+ (?:a|an|one|the) (?:[\w-]+ ){0,3}?(?:test|trial|sample|practice|demo|mock)\b/,
  /\band (?:then )?(?:send|email|show|share|bring) you\b|\band (?:then )?(?:send|email|forward|share|post|drop) (?:it|them|that|this|the \w+) (?:over|across|on|through|to you)\b/,
  /\b(?:you can )?(?:reach|catch) me (?:at|on|by|anytime|any time)\b|\bget (?:hold of )?me (?:at|on) (?=[\d+(]|my\b)/,
  /\b(?:walk|take) (?:you|your (?:[\w-]+ ){0,2}?(?:team|colleagues|staff|crew|manager|panel|engineers|leads?)) (?:and the team |or the team )?(?:[\w-]+ ){0,2}?through\b/,
  /\bI(?:'d| would) (?:like|love) to (?:show you|send you|share (?:it|them|the|a|my) |walk you|talk|discuss|meet|speak|set up|schedule|come in)/,
  /\b(?:call|email|text|ring|phone|message|whatsapp|buzz) me\b/,
  /\bgive me a (?:call|ring|bell|shout|buzz|text|holler)\b/,
  /\bjoin (?:a|your|the|one of your) (?:[\w-]+ )?(?:crews?|teams?) for (?:a|an|one) (?:[\w-]+ )?(?:day|shift|session|morning|afternoon)\b/,
  // "I can sit your consecutive-interpreting test on Thursday".
  /\bI (?:can|could|will|'ll|would be glad to|'d be glad to|am happy to|'m happy to) (?:sit|take|do|complete|attempt) (?:your|the|a|an) (?:[\w-]+ ){0,2}?(?:test|assessment|exercise|practical|task|case study|trial)\b/,
  // "I can take your managers through our cash-flow testing approach".
  /\b(?:I|and)(?: can| could|'ll| will|'d be glad to| would be glad to| am happy to|'m happy to) (?:also )?take (?:you|your (?:[\w-]+ ){0,2}?(?:team|managers|planners|staff|colleagues|engineers|panel|board|directors|partners)|the team|them) through\b/,
  // Not "keen to join your team and to bring my collections experience to the season": a claim.
  /\b(?:glad|happy|delighted|pleased|keen|ready|willing) to (?:[\w'-]+ ){1,5}?and (?:to )?(?:share|send|walk|show|talk|bring(?! (?:my|our|her|his|the|that|this|all|some) (?:[\w-]+ ){0,3}?(?:experience|skills?|expertise|knowledge|energy|enthusiasm|passion|background|approach|strengths?|insights?|leadership|attitude)\b)|present|demonstrate|discuss|explain|go through)\b/,
  // Not thanks for the interview itself: "I was grateful for the chance to talk about the pilot".
  /(?<!\b(?:was|were|am|I'm|remain|felt)(?: (?:so|very|really|truly|most|deeply))? )\b(?:grateful|thankful) for (?:a|the|another) (?:chance|opportunity) to (?:meet|talk|speak|show|discuss|come|take|sit|do|present|demonstrate|walk|go through|go over|send|share|cook|bake|prepare|run|try|redo|repeat|answer|revisit|visit|shadow|bring|give|cover|provide|complete|retake|re-?sit|finish|attempt)\b/,
  // A number left for the reader: "My mobile's 555-0171", "my number is".
  /\bmy (?:mobile|cell|phone|number|mobile number|phone number|cell number|direct line|direct number)(?:'s| is)\b/,
  /\bI (?:can|could|'ll|will) (?:fly|drive|come|pop|travel|head|get) (?:up |down |over |in |out |across |back )?(?:for|to do) (?:a|an|the|another) (?:[\w-]+ ){0,2}?(?:assessment|trial|test|interview|visit|shift|chat|meeting|demo|tour|look|practical)\b/,
  // "I'd love to screen it for you and Theo", "whenever you have 20 minutes".
  /\bI(?:'d| would) (?:love|like|be (?:glad|happy|pleased)) to [a-z]+ (?:it|them|this|that|one|some|a few) for you\b|\bwhenever you have (?:\d+|a few|five|ten|fifteen|twenty|thirty) (?:minutes|mins)\b/,
  // A day with the reader's people: "I can join your trail crew on any Saturday in May".
  /\bI (?:can|could|'ll|will|would be glad to|'d be glad to|would be happy to|'d be happy to) join (?:your|the) (?:[\w-]+ ){0,2}?(?:crew|team|shift|round|run|class|ward|kitchen|site|patrol) (?:on|for) (?:any|a|an|one|the next|the first)\b/,
  // A sample of the work itself: "I can translate a chapter of your style guide by Thursday".
  /\bI (?:can|could|will|'ll) [a-z]+ (?:a|one|two|three|\d+) (?:[\w-]+ )?(?:chapters?|samples?|pages?|sections?|pieces?|mock-?ups?|drafts?|versions?|examples?) (?:of|for|from) (?:your|the)\b/,
  // Formal offers: "Copies can be supplied on request".
  /\b(?:can|could|will) be (?:supplied|provided|sent|forwarded|made available|emailed|shared) (?:on|upon) request\b/,
  /\bcould we (?:talk|meet|speak|schedule|set up|find)\b/,
  // "happy to pair on a prototype", "glad to cook a second menu": an offer whatever the verb, unless
  // it is past ("I was glad to meet"), news ("happy to report") or interest ("happy to join").
  /(?<!\b(?:was|were|been|felt)(?: (?:so|very|really|truly|extremely))? )\b(?:glad|happy|delighted|pleased|willing|ready|available) to (?!(?:hear|have|had|be|been|report|say|see|learn|know|read|find|note|join|apply|work|spend (?:this|the|next|the coming|another) (?:[\w-]+ ){0,2}?(?:summer|season|winter|spring|autumn|fall|harvest|term|semester)|meet you|finally|get|receive|accept|announce|confirm|tell you that|go(?! (?:over|through|into|out (?:on|with)|along))|hit|start|begin|contribute|commit|dive|jump|step|grow|learn|embrace|make(?! (?:a|an|the|my) (?:[\w-]+ )?(?:presentation|pitch|proposal|plan|sample|demo|visit|trip|call)\b)|bring|take on|relocate|move|roll up|get started|care for|look after|continue my|serve|lead|manage|supervise|head up|run (?:a|the|your) (?:[\w-]+ )?(?:team|crew|shift|kitchen|store|depot|site|rounds?))\b)[a-z]{2,}/,
  /\b(?:would|I'd|we'd) (?:really |very much |also |gladly )?(?:love|like|welcome the chance|be glad|be happy) to (?:send|share|show|walk|present|demo|demonstrate|come (?:back|in|by|down|over|along|out)|talk|discuss|meet|speak|chat|continue|follow up|go through|take you|prepare|run (?:you|through)|cook(?! for (?:your|the) (?:pupils|children|patients|residents|guests|customers|staff|students|families|diners)\b)|pair|sketch|draft|email|forward|put together|pull together|write up|mock up|redo|do (?:a|the|another|that|it) (?:\w+ )?(?:again|trial|test|exercise|task|role-play|case study|session|demo|presentation|sample|walkthrough|shift))\b/,
  /\b(?:would|I'd|we'd) (?:really |very much |also |greatly )?(?:welcome|value|appreciate|love|like) (?:a|an|another|the|any) (?:\w+ ){0,2}?(?:conversation|call|chat|meeting|discussion|follow-up|second (?:interview|meeting|round|look|conversation)|trial|visit)\b/,
  /\b(?:I(?:'ll| can| could| will| am able to)|and (?:can|could|will|I can|I could|I will|I'll))(?: (?:also|gladly|happily|easily|certainly|readily|quickly))? (?:send|share|walk|forward|email|e-mail|post(?= (?:you|over|across|a|an|the|my|some|copies|it|them)\b)|provide|prepare|put together|set up|show|present|demo|demonstrate|pass along|pass on|drop off|mail|run you|complete|sketch|draft|write up|pair|mock up|arrange|schedule|follow up with|go through|take you|come (?:back|in|by)|report (?:for|to) (?:a|an|the|your)|attend (?:a|an|the|your))\b/,
  /\b(?:can|could) (?:also )?be reached (?:at|on|by|any|via|most)\b/,
  // "I can bring a copy" is an offer; "I can bring real energy" is a claim about oneself.
  /\bI(?:'ll| can| could| will| would be glad to| would be happy to) (?:also |gladly |happily )?bring (?:you |along |in )?(?:a |an |the |my |some |our |printed |paper )?(?:\w+ )?(?:copy|copies|portfolio|samples?|examples?|plan|plans|deck|slides|notes|drawings|prototype|mock-?ups?|references?|designs?|sketches|model|code|laptop|demo|report|case study|files?|work)\b/,
  /\b(?:shall|should|can|may|could|might) I (?:send|share|forward|email|bring|prepare|set up|put together|walk you|show you|pass)\b/,
  /\b(?:want|like|need) me to (?:send|share|forward|walk|put|prepare|bring|email|go|pull|draft|sketch|write|run|set up|call|come)\b/,
  /\bwould you (?:like|want|prefer) (?:me to|to see|a copy|a look|more|the)\b/,
  /\b(?:is|are) attached\b|\b(?:please find|you(?:'ll| will) find) (?:attached|enclosed|below)\b/,
  /\bI(?:'ve| have) (?:put|shared|uploaded|linked|added|saved|dropped) (?:[\w-]+ ){0,6}?(?:folder|link|drive|below|here|for you)\b/,
  /\bhere(?:'s| is| are) (?:a |the |my )?(?:link|links|copy|copies|summary|one-page|sample)\b/,
  /\bplease (?:ask|reach out|get in touch|contact me|call|email|write|send me)\b/,
  /\b(?:hope|hoping) (?:we can|we could|to) (?:continue|talk|speak|meet|discuss|chat|pick up|keep talking)\b/,
  /\b(?:another|a second|a follow-up|one more) (?:trial|shift|round|interview|visit|session|tasting|look|demo|working session)\b/,
  // "glad to work a shadow shift": a trial of the work itself; "I can start any time for a trial week".
  // "I would love to teach at Prana Path and can take a trial class": the subject left out.
  /(?<=\band (?:can|could) )(?:take|do|run|teach|give|lead) (?:a|an|one) (?:[\w-]+ ){0,2}?(?:trial|test|demo|sample|practice|taster)\b/,
  /(?<=\bfor a )(?:trial|shadow|taster|paid trial) (?:shift|day|week|morning|afternoon|evening|run|session|period)\b/,
  /\b(?:work|do|join|book|arrange|come in for|try) (?:a|an|one) (?:shadow|trial|taster|paid|unpaid|half|full|test|practice|supervised|observed|sample|guest|relief)[- ]?(?:shift|day|session|week|run|night)\b/,
  // "Would you be open to me sending my logbook?": an offer put as a question.
  /\b(?:would|will|are) you be (?:open|happy|willing|free) (?:to|for) (?:me )?(?:sending|send|talking|talk|coming|come|meeting|meet|showing|show|sharing|share|walking|walk|bringing|bring|running|run|a call|a chat|a visit|another)\b/,
  // "glad to work through another case study with you": doing a set task again.
  /\b(?:work through|do|try|take|sit|run through|tackle|attempt|complete|have a go at) (?:another|a second|one more|a fresh|a new) (?:[\w-]+ )?(?:case study|case|exercise|task|test|practical|assessment|problem|scenario|role-play)\b/,
  /\b(?:if|should) you(?:'d| would) (?:like|want|wish|prefer|find it useful)\b/,
  // Offers to turn up or start: "can come out to the farm", "can drop the checklist round", "can
  // start a trial week whenever suits you".
  /\b(?:I|and|or)(?:'ll|'d be glad to|'d be happy to| (?:can|could|will|would be glad to|would be happy to))? (?:also |gladly |happily |maybe |perhaps |probably |hopefully )?(?:come (?:out|over|along|down|round|up)|drop (?:[\w-]+ ){0,4}?(?:round|over|by|in)|pop (?:in|by|round|over)|start (?:with |on )?(?:a|the) (?:paid |short |one-week |two-week )?(?:trial|working|work trial|test)|do (?:a|the) (?:trial|test|working) (?:day|shift|week|session))\b/,
  /\bwhenever (?:it )?suits\b|\bwhenever (?:is|it's|it is) (?:convenient|easiest|best)\b|\bwhenever works for you\b/,
  /\b(?:talk|go) (?:it|this|that|them) (?:over|through)\b/,
  /\b(?:chat|talk|speak|meet) with your (?:\w+ ){0,2}?(?:lead|team|manager|head|director|colleagues?|engineers?|producer|planners?|coordinator|supervisor|partner)\b/,
  /\bI (?:can|could|will|'ll) (?:also )?(?:take|answer) (?:any )?(?:further |more |follow-up |other )?questions\b/,
  /(?<!\b(?:join|joining)\b[^.!?\n]{0,60})\bbring (?:[\w-]+ ){1,3}?(?:along|in(?!-)|with me)\b(?: (?:to show you|if|for|so))?/,
  /\b(?:come|pop) (?:in |along |over |out )?and (?:help out|help|show you|work|run)\b/,
  /\bwould it (?:suit|work|help)(?: you)? if I\b|\bso (?:that )?(?:you|your team|the team) (?:can |could )?(?:see|watch|judge|check|hear|taste|try) (?:how I|me (?:work|cook|teach|drive|cut|shoe|fit|build|run|handle|in action)|how it works|the difference|what I mean|for yourself|the results)\b/,
  /\bif you (?:need|want|would like) (?:more|any|anything|further|additional|a copy|to see|to talk|to hear|the)\b/,
  // Offers in other registers: subjectless ("Can send the charts", "Happy to bring my plots in"),
  // formal ("I stay at your disposal", "kindly inform me"), an attachment announced in the present
  // ("I am attaching the template") and a ready verb after "gladly" ("I would gladly return").
  /\b(?:can|could|will) (?:also |happily |gladly |easily )?(?:send|share|forward|email|walk|show|drop|present|demo|pull|write up|mock up|sketch|draft|prepare)\b/,
  // Not "keen to bring my trust accounting experience to your team": that is a claim, not an errand.
  /\b(?:happy|glad|pleased|keen|willing) to bring (?:in |along )?(?:my|the|some|a|copies|samples|examples|photos|prints)\b(?! (?:[\w-]+ ){0,3}?(?:experience|skills?|expertise|knowledge|energy|enthusiasm|passion|background|approach|strengths?|insights?|leadership|attitude|eye)\b)/,
  /\b(?:I(?:'ll| can| could| will)|(?:happy|glad|pleased|willing) to) (?:also |gladly )?bring (?:in|along|over|round|with me)\b/,
  /\bat your (?:disposal|service)\b/,
  /\b(?:kindly|please) (?:inform|advise|tell|let) (?:me|us)\b/,
  /\bI(?:'m| am)? (?:also )?(?:attaching|enclosing|including|sharing|sending) (?:a|an|the|my|our|some|two|three|copies|both|it|them|you)\b/,
  /\bI (?:attach|enclose)\b/,
  /\b(?:would|will|I'd|I'll|we'd|can|could|shall) (?:gladly|happily|readily|willingly) (?!(?:accept|join|have|be|take on)\b)[a-z]+/,
  /\bI(?:'d| would) (?:really |very much |also )?(?:love|like|welcome the chance|be glad|be happy) to (?:sit down|catch up|get together|grab (?:a )?coffee|have (?:a|another) (?:coffee|call|chat|conversation|look)|show|walk)\b/,
  // Bringing or doing something for the reader: "I can bring a wheel from my last batch for you to
  // taste", "bring my certificates to the yard", "run a trial session with your residents". Not
  // "I can bring fresh ideas to the team": a quality has no place to be brought to.
  /\bI(?:'ll| can| could| will| would be (?:glad|happy|pleased) to|'d be (?:glad|happy|pleased) to) (?:also |gladly |happily )?bring (?:in |along |over |round )?(?:[\w'&-]+ ){1,8}?(?:for you\b|to show you\b|(?:in|along|over|round|with me)\b|to (?:the|your|our|a|my) (?:\w+ )?(?:yard|office|meeting|interview|kitchen|studio|site|shop|workshop|lab|depot|call|second|next|follow-up|practice|clinic|salon|bar|restaurant|store))/,
  // Not "thank you for letting me teach the trial lesson": the trial already happened.
  /(?<!\b(?:letting|let|having|allowing|allowed|invited|inviting|asking|asked|getting|having had) me (?:to )?)\b(?:run|do|give|teach|cook|hold|lead|work|come in for|book|set up|arrange) (?:a|an|one|another|the|your) (?:[\w-]+ ){0,2}?(?:trial|demo|sample|taster|tasting|test|practice|mock|paid|observed|practical|assessment|audition|supervised close|supervised shift)\b/,
  // Not a call's opening question to whoever answers: "May I speak to Mr. Nassar?"
  /\b(?:shall|should|can|may|could|might) I (?!(?:ask|just|say|be|have|also ask|expect|hear|know)\b|(?:speak|talk) (?:to|with) (?!you\b))[a-z]+/,
  /\b(?:welcome|love|appreciate|value|relish|like) (?:the |a |an |another )?(?:chance|opportunity) to (?!(?:join|work|be part|be a part|contribute|become|grow|lead|help|bring)\b)[a-z]+/,
  // Bringing the proof itself, wherever to: "bring my cupping records to Sao Paulo", "bring a wheel
  // of our Gouda for your team to taste", "bring my knives". A quality ("bring fresh ideas") is no
  // object to carry and stays out.
  /\b(?:I|and|or|happy to|glad to|willing to)(?:'ll| can| could| will| would be (?:glad|happy|pleased) to|'d be (?:glad|happy|pleased) to)? (?:also |gladly |happily )?bring (?:in |along |over |round |you )?(?:a |an |the |my |some |our |copies of |a copy of |both )?(?:[\w'&-]+ ){0,3}?(?:records?|certificates?|certification|reports?|logbooks?|log ?books?|logs|licen[cs]es?|abstract|knives|tools|toolkit|kit|rig|photos|photographs|pictures|references|paperwork|documents?|sheets?|exports?|charts?|tickets|cards?|CV|resume|binders?|folders?|notebooks?|sketchbooks?|wheel|loaf|batch|jars?|bottles?|tasting|audits?|checklists?|spreadsheets?|dashboards?|studies|results|measurements|calculations|notes|case notes|cases? files|case files|dataset|data set|worksheets?|lesson plans?|schemes? of work|scripts?|recordings?|reels?|showreel|demo reel|manuals?|guides?|plans|drawings|designs|evaluation)\b/,
  /\bfor (?:you|your (?:team|staff|crew|chefs?|panel|colleagues)) to (?:taste|try|see|look at|read|review|test|keep|check|inspect)\b/,
  // A working shift or day offered to the reader: "do a full Saturday shift with you".
  /\b(?:do|work|run|cover|take|join|shadow) (?:a|an|one|another) (?:[\w-]+ ){0,2}?(?:shift|day|session|week|morning|afternoon|evening|run|service|round) (?:with|for|alongside|beside) (?:you|your|the team|the crew)\b/,
  // Offers in everyday words: "I can pop the figures over", "I can get you the references",
  // "free to come back in", "ring me", "Would a sample lesson be useful?", "ready whenever you need".
  /\bI(?:'ll| can| could| will)(?: also| happily| gladly)? (?:pop|drop|whizz|fire|shoot|zip|ping|run) (?:[\w'-]+ ){1,4}?(?:over|round|across|in|to you|your way)\b|\bI(?:'ll| can| could| will) (?:also )?get (?:you|the team|your team) (?:the|a|an|my|some|copies|more|those|that|it|them)\b/,
  /\b(?:available|free)(?: [\w-]+){0,4}? to (?:come|pop|drop|meet|talk|chat|call|visit|start|do|run|help|go through|walk|answer)\b/,
  /\b(?:available|free) for (?:any|further|more|a|another) (?:clarifications?|questions?|queries|discussion|information|details|conversation|meeting|call)\b|\b(?:anything else|anything more|anything further) (?:you need|you'd like|you would like|I can (?:send|provide|do|share))\b/,
  /\bI(?:'ll| will| can| could) (?:ring|phone|call) you\b/,
  /\bwould (?:a|an|the|my|some|another) (?:[\w-]+ ){0,3}?(?:be (?:useful|helpful|of use|of interest|worthwhile)|help)\b/,
  // "go out on a route with one of your supervisors to show you how I work".
  /(?<!\b(?:chance|time|wanted|opportunity|had|hoped|able) )\bto show you how I (?:work|cook|drive|teach|plan|build|handle|run|fit|cut|clean|manage|lay|wire|weld|code|test|train|deal)\b|\bgo out on (?:a|one of your|your|another) (?:[\w-]+ )?(?:route|round|run|job|shift|call|site visit|delivery|patrol|visit)\b/,
  /\bspend (?:a|an|one|the) (?:[\w-]+ )?(?:morning|afternoon|day|hour|shift|week|session|evening) (?:with|alongside|shadowing) (?:you|your)\b/,
  /\byou can see for yourself\b|\bif (?:it|that|this) helps\b/,
  /\bbring (?:[\w'-]+ ){1,4}?to you\b/,
  /\bwhenever you (?:need|want|like|would like|'d like|wish)\b|\b(?:ready|available) (?:whenever|if|when) you\b/,
  // Lively offers: "Say the word and I'll bake you a batch", "Name the day and I'm there", "I'm game
  // for a trial shift", "If a test shoot would help, I'm in", "Want the full deck? It's yours."
  /\b(?:say the word|name the day|name the time|just say|just shout|give me the nod)\b/,
  /\b(?:game|up) for (?:a|an|another|the) (?:[\w-]+ ){0,2}?(?:trial|test|shift|session|shoot|tasting|demo|chat|call|round|visit|practical|audition)\b/,
  /\bif (?:a|an|another) (?:[\w-]+ ){0,2}?(?:trial|test|shift|session|shoot|tasting|demo|chat|call|visit|practical|sample)\b[^.!?\n]{0,20}?\b(?:would help|helps|would be useful)\b/,
  /\b(?:want|fancy|need) (?:the|a|my) (?:[\w-]+ ){0,2}?(?:deck|files?|reel|samples?|portfolio|plans?|data|report|copy|notes|recipes?|photos)\?/,
  // A probe of 200 next steps, written blind (round 35): contact offered in passing ("drop me a
  // line", "I'm only an email away", "best time to catch me is after three").
  /\b(?:fire away|drop me a (?:line|message|note|text)|ping me|hit reply|give me a (?:ring|call|bell|shout|buzz)|shout if|try me (?:back|again)|catch me (?:on|at)|best time to (?:catch|reach|call|ring) me|leave a message and I(?:'ll| will))\b/,
  /\bI(?:'m| am) (?:only |just )?(?:an email|a call|a phone call|a message|a text) away\b/,
  /\bI(?:'ll| will) get (?:straight |right )?back to you\b/,
  /\bI(?:'m| am) on \d/,
  // Proposals: "Let me cook for you", "Shall we find half an hour", "I'd propose a short follow-up".
  /\b(?:let me|shall we|let's) (?:\w+ ){0,3}?(?:cook|do|show|find|go through|talk|meet|chat|catch up|walk|run|suggest|bake|prove)\b/,
  /\bI(?:'d| would) (?:like to )?(?:propose|suggest) (?:a|an) (?:\w+ ){0,2}?(?:follow-up|session|call|meeting|chat|conversation|visit|trial|workshop)\b/,
  /\bwe could (?:go through|talk|meet|chat|find|set up|look at|walk through|run through)\b/,
  // Offers on a condition: "If you want, I'll text you photos", "If your foreman wants to see me run conduit, I can".
  /\bif (?:you|your [\w-]+(?: [\w-]+)?) (?:want|wants|would like|fancy|'d like|need|needs|wish|wishes|send|give|share|pass|forward)\b[^.!?\n]{0,70}?, I(?:'ll| will| can| could|'d be)\b/,
  /\bif (?:it|that|this|references|a \w+) would help\b[^.!?\n]{0,40}?, I(?:'ll| will| can| could)\b/,
  /\bshould (?:you|the [\w-]+(?: [\w-]+)?) (?:wish|want|need|require) (?:to|any|more|further)\b/,
  /\bif you(?:'d like| would like| want) me to (?:pop|come|drop|call|ring|send|bring|show|meet|do|run|cook|bake)\b/,
  /\bput you in touch with\b/,
  /\bI can break (?:them|it|this|these|those) down for you\b/,
  // Invitations and trade offers: "You're welcome to come out to the farm", "Bring me a car with a tricky fault and I'll diagnose it".
  /\byou(?:'re| are) (?:very |most )?welcome to (?:come|visit|call|ring|see|look|contact|drop)\b/,
  /\bcome and (?:see|watch|look)\b/,
  /\bcome (?:out )?(?:and|to) (?:walk|tour) (?:the|your|round|around|through)\b/,
  /\b(?:bring|give|send) me (?:a|an|the|your|one) (?:[\w-]+ ){0,3}?(?:brief|car|fault|task|problem|sample|test|job|case|data|dataset|shift|trial|service|van|engine|machine)\b[^.!?\n]{0,40}?\bI(?:'ll| will| can)\b/,
  /\b(?:put|book) me (?:in|on|down) for\b/,
  // With the subject left out: "I'm keen on the role and would like to sit down again to go through a tender".
  /(?<=\band )would (?:really |also |very much )?(?:like|love|be glad|be happy|welcome the chance) to (?:sit down|meet|talk|speak|chat|go through|walk you|show you|send|share|come in|come back)\b/,
  // "I would welcome the chance to bring in a sample strip", "lay out a frame rail while you watch",
  // "can weld test coupons for you any day".
  /\b(?:chance|opportunity) to (?:bring (?:in |along )?(?:a|an|the|my|some|samples?)|show you|walk you through|demonstrate)\b/,
  /\bwhile you watch\b/,
  /\b(?:can|could) (?:weld|cut|cook|bake|build|machine|make|fit|wire|paint|style|prep|plate) (?:[\w-]+ ){0,3}?for you (?:any|on|this|next|whenever|at)\b/,
  // "I'd welcome a second go at the role-play or a chance to shadow one of your negotiators".
  /\b(?:welcome|love|like|appreciate|relish|jump at) (?:a|another) (?:second |fresh |further )?(?:go|try|crack|shot|attempt|run) at (?:the|that|this|it|your)\b/,
  /\b(?:chance|opportunity) to (?:shadow|sit in with|ride along with|spend a (?:day|shift|morning|afternoon) with) (?:one of )?(?:your|the)\b/,
  /\bput me on (?:a|an|one of your|your) (?:[\w-]+ ){0,2}?(?:ride-?along|trial|shift|run|route|round|drive|test|rota|van|truck|crew)\b/,
  /\bI(?:'d| would| can| could| will|'ll)(?: be (?:glad|happy|pleased|keen) to)? (?:(?:sit in|shadow|ride along|tag along|come along) (?:on|with|for) (?:a|an|one of|your|the)|join one of your (?:[\w-]+ ){0,2}?(?:tours|shifts|crews|runs|services|rounds|sessions|classes|walks|trips|routes|visits))\b/,
  /\bput me on the\b[^.!?\n]{0,40}? (?:shift|service|pass|rota)\b/,
  /\bwould (?:a|an) [^.!?\n]{0,90}? help you decide\b/,
  /\bwould it be (?:alright|all right|ok|okay|possible|helpful) if I (?:followed up|sent|came|brought|called|rang|dropped)\b/,
  /\bI(?:'m| am) (?:open|available|willing|happy) (?:to|for) (?:a |an )?(?:further|second|final|follow-up|another) (?:interview|meeting|conversation|chat|call|round)\b/,
  /\bI(?:'m| am) willing to (?:go|come) (?:back|in|to)\b/,
  /\bI(?:'ll| will) happily take on (?:a|an|the) (?:small |short )?(?:paid )?(?:task|test|exercise|trial)\b/,
  /\bI(?:'d| would) (?:honestly |really )?love another (?:crack|go|shot|try) at\b/,
  /\bare yours to see\b/,
  /\bask me anything\b/,
  /\bkindly (?:revert|advise)\b/,
  /\b(?:give|given) (?:me )?(?:an|the) (?:opportunity|chance) to (?:present|demonstrate|show)\b/,
  /\bwelcome (?:ten|five|fifteen|twenty|thirty|\d+) minutes to\b/,
  /\bI can (?:circulate|be on site|be there)\b/,
  // "I can do a ride-along or a practice route", "I can do a full gel set on a model for you".
  /\bI (?:can|could|'d be glad to|would be glad to|'m happy to|am happy to|'d be happy to|would be happy to) do (?:a|an|the) (?:[\w-]+ ){0,2}?(?:ride-along|ride along|practice|trial|test|demo|shift|set|route|session|sample|mock|run-through|walkthrough|shadow|visit|check|assessment)\b/,
  // "I'm keen to sit down with you and the owners to go through my plan".
  /\b(?:keen|eager) to (?:sit down with|meet (?:with )?(?:you|the|your)|go through|walk you through|talk (?:you )?through|run you through|show you|present)\b/,
  // "I would be honoured to present that register to your team" (at the rarer word, ADR 0001).
  /(?<!\b(?:was|were|been|felt)(?: (?:so|very|really|truly|extremely))? )\bhonou?red to (?:present|share|send|show|walk|meet|discuss|talk|demonstrate|explain|answer|come|run|prepare)\b/,
  // "I would welcome a written test, or the opportunity to send you samples" (at the noun).
  /(?<=\b(?:would|I'd) (?:really |very much |also |gladly )?welcome (?:a|an|another|the) (?:[\w-]+ )?)(?:test|trial|assessment|exercise|task|visit|interview|follow-up|practical|demonstration)\b/,
  // "I can teach a demonstration lesson at any time convenient to you"; not "for letting me teach
  // the trial lesson on Saturday", which is past.
  /(?<=\b(?:I|and|or) (?:can|could|will|'ll|would (?:be )?(?:glad|happy|love) to|'d (?:be )?(?:glad|happy|love) to|am (?:glad|happy|ready|able) to|'m (?:glad|happy|ready|able) to) (?:also |gladly |happily |easily )?)teach (?:a|an|another|your|the) (?:[\w-]+ ){0,2}?(?:demonstration|demo|sample|trial|model|taster|observed|practice) (?:lesson|class|session)s?\b/,
  // "I'm keen on the job and can start Monday if you want me": a start offered on a day.
  /(?<=\bcan )start (?:on |from )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|right away|immediately|straight away|any day|as soon as you (?:need|want|like)|whenever you (?:need|want|like))\b/,
  // "I can put the couples' package together as a written proposal", "or give a demonstration
  // treatment to you and your manager" (at the rarer words, ADR 0001).
  /(?<=\bI (?:can|could|will|'ll|would be glad to|'d be glad to|am happy to) )put (?:[\w'-]+ ){1,4}?together\b|(?<=\b(?:or|and|can|could|to) give (?:a|an) (?:[\w-]+ )?)(?:demonstration|demo)\b/,
  // "I am hopefully going to be able to come for the classroom observation".
  /(?<=\b(?:going to|will|I'll) be able to )come (?:in|for|back|to|along|over|and)\b/,
];

/** Asking for feedback, which is the next step of a reply to a rejection. */
export const FEEDBACK_REQUEST_PHRASES: readonly RegExp[] = [
  /\bfeedback\b/,
  /\b(?:what|anything|areas?|where) (?:I|that I) (?:could|can|might|should) (?:do|have done|improve|strengthen|work on|change|develop)\b/,
  /\b(?:any )?(?:advice|suggestions|pointers|insights?|thoughts) (?:on|about|for) (?:how|what|where|my)\b/,
  /\bstrengthen (?:my|a future|any future)\b/,
  /\b(?:keep me in mind|consider me) for (?:future|other|similar)\b/,
];
