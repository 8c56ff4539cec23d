/** Restated interest in, or enthusiasm for, the role or the company (first person). */
export const INTEREST_PHRASES: readonly RegExp[] = [
  /\bI(?:'m|'ve| am| remain| was| feel| felt| left| came away| walked away| became| grew| have become|'ve become| still| only| even)?(?: \w+){0,3}? (?:interested|excited|enthusiastic|eager|keen|thrilled|passionate|energi[sz]ed|motivated|inspired)\b/,
  /\b(?:my|continued|strong|keen|genuine|sincere|real|deep|great) (?:\w+ )?(?:interest in|enthusiasm (?:for|about))\b/,
  // Also "with real enthusiasm to take it on".
  /\benthusiasm (?:for|to (?:take|join|start|work|get|contribute|be part|be a part|help))\b/,
  /\bexcit(?:es|ing) (?:me|about)\b/,
  /\b(?:remain|remains|still|am|more|stay|continue to be|grown|grew) (?:very |so |truly |really |just as |even more |highly )?(?:interested|excited|enthusiastic|eager|keen)\b/,
  /\bI(?: \w+){0,3}? (?:want|would like) (?:this|the|that)(?: [\w&-]+){0,3}? (?:job|role|position|opportunity)\b/,
  /\bI(?:'d| would) (?:really |very much )?(?:love|like|welcome the chance|be (?:(?:only|more than|very|so|really) )?(?:(?:glad|happy|thrilled|proud|honou?red) and )?(?:glad|happy|thrilled|proud|honou?red|delighted|chuffed|stoked)) to (?:join|work (?:with|for|on|at|alongside|behind|in|under)|be part|be a part|contribute|help (?:your|the)|bring(?! (?:the(?! same\b)|a|an|in|along|over|round|copies|some|you|(?:my|our) (?:portfolio|samples?|references?|certificates?|cv|documents?|records?|logbook|notes|folder|paperwork|tools|kit))\b)|grow with|lead (?:your|the))\b/,
  /\b(?:look(?:ing)? forward to|hope to|can't wait to|eager to|keen to) (?:\w+ )?(?:joining|working|contributing|being part|join|work (?:with|on|for)|contribute|the possibility)\b/,
  /\b(?:appeals? to me|drawn to|exactly the (?:kind of )?(?:work|role|job|team|challenge|problem)s? I)\b/,
  /\b(?:would|will|I'd) (?:very much |really |truly )?enjoy (?:working|the|being|helping|tackling|taking)\b/,
  /\b(?:the ones|the part|the work) I enjoy most\b/,
  // "I left the station even more motivated to work as a Station Assistant".
  /\bmore (?:eager|excited|interested|enthusiastic|convinced|(?:motivated|determined) to (?:work|join|be part))\b/,
  // Subjectless or inverted forms: "Really keen on the Line Cook spot", "made me keener still on".
  /(?<!\b(?:you|you're|you are|you were|you seemed|they|they're|he|she|team|everyone|customers|clients|users|readers|staff|who|people|investors|guests|audiences?)(?: \w+)? )\b(?:keen|keener|excited|eager|thrilled|enthusiastic|enthused|fired up|pumped|stoked) (?:(?:still|even more|than ever) )?(?:about|on|by|for|to (?:join|work|contribute|help|be|bring|get|start|dig|learn|grow|take|train|qualify|study|develop|build|serve))\b/,
  /\b(?:made|makes|left) me (?:\w+ )?(?:keener|more (?:keen|eager|excited|interested|enthusiastic)|even (?:keener|more))\b/,
  /\b(?:can't|cannot|can not) wait to\b/,
  /\b(?:would|I'd) (?:really |very much |truly |absolutely )?(?:love|be (?:proud|honou?red|delighted|thrilled)) to (?:join|be (?:part|a part|on)|work (?:with|for|on|at|alongside)|contribute|help|grow|build)\b/,
  /\b(?:excites|excited|appeals to|interests|inspires|energi[sz]es) me\b/,
  /\b(?:I|I'm|I am) (?:still )?(?:very much )?(?:want|wanting|hoping|hope) to (?:join|be part|be a part|work (?:with|for|on|at|alongside)|contribute to)\b/,
  /\b(?:exactly|precisely|just) (?:the|what) (?:kind of |sort of )?(?:(?:role|job|work|team|place|position|opportunity|challenge)s? )?(?:I(?:'m| am|'ve been| have been) looking for|I want)\b/,
  /\bjump at (?:the|this|a|an|your) (?:[\w-]+ ){0,3}?(?:job|role|chance|opportunity|post|position|offer|spot|place)\b/,
  /\bwhere I (?:want|would love|'d love|hope|would like|'d like) to (?:be|work|grow|build)\b/,
  /\b(?:role|position|job|team|company|opportunity|post)(?: \w+){0,3}? (?:is|feels like|sounds like|seems like|would be) (?:a |an |the )?(?:\w+ )?(?:perfect|great|natural|ideal|exciting|wonderful|dream|right) (?:fit|match|next step|opportunity|role|job)\b/,
  /\b(?:would be|is) a dream\b/,
  /\b(?:I'm|I am) all in\b/,
  /\bcount me in\b/,
  // "I want you to know how keen I am on the Lending Officer role" (at the rarer word).
  /(?<=\bhow )(?:keen|eager|excited|enthusiastic|motivated|determined|thrilled|passionate) I am\b|(?<=\bkeen as )mustard\b/,
  // "how much I would value joining the directorate"; "I am very happy about the chance to work at
  // Belle Mare" (its own pattern at "chance", a rarer word than "happy").
  /(?<=\b(?:happy|glad|excited|thrilled|delighted) (?:about|at) the )(?:chance|opportunity|prospect) (?:to|of) (?:work|join|working|joining|serve|serving)\b/,
  /\b(?:would|I'd) (?:greatly |really |truly )?value (?:joining|working (?:for|with|at|in)|serving)\b|\b(?:would|I'd) (?:really |very much |truly |so )?(?:love|like|welcome|relish|value|appreciate|enjoy) (?:the|a|an|any) (?:\w+ )?(?:chance|opportunity) to (?:join|contribute|work|be (?:part|a part|on)|help|lead|bring|build|grow|grow with|take on|tackle|support)\b/,
  /\b(?:would|I'd) (?:really |very much |truly |so )?(?:love|like) to (?:lead|take on|tackle|run|own|support|build|shape|be the|be your|be on|be in)\b/,
  /\b(?:great|good|perfect|natural|strong|ideal|real) (?:match|fit) for (?:me|my|what I)\b/,
  /\bwhat I (?:want|hope|would love|'d love) to (?:do|be doing|build|work on) next\b/,
  // Also "I want a stand with your gang this season" (a shearing stand), in this pattern rather than
  // one of its own that would run again at every "I want".
  /\bI (?:really |truly |still |very much )?want (?:(?:this|the|that) (?:\w+ )?(?:job|role|position|post|spot|route|run|round|beat|patch|placement|contract|apprenticeship|traineeship|internship|posting|gig|(?:desk|seat|chair|ward|branch|store|shop|site|kitchen|classroom|unit|counter|team|crew)\b(?! (?:to|of|for|that|who|which)\b))|a (?:stand|start|spot|place|seat|berth|shift) (?:with|at|on|in) (?:you|your))\b/,
  // A career changer's "I want this move into lettings".
  /\bI (?:really |truly |still |very much )?want (?:to make )?(?:this|the|that) (?:move|switch|change|transition|career change) (?:into|to)\b/,
  /\bthe (?:prospect|idea|thought) of (?:joining|working)\b/,
  /\b(?:would|I'd) (?:really |very much |truly |absolutely )?(?:love|be (?:proud|honou?red|delighted|thrilled|excited)) to (?!(?:talk|speak|chat|meet|discuss|share|send|walk|follow|catch|connect|go|hear|answer|show|explain)\b)[a-z]+ (?:for|at|alongside)\b/,
  /\bI(?:'d| would)? (?:really |truly |so |very much )?(?:love|want|like) (?:this|the|that) (?:\w+ )?(?:job|role|position|post|spot|apprenticeship|internship|placement|traineeship|opportunity)\b/,
  /\bI(?:'d| would) (?:really |truly |very much |so )?(?:love|like) to (?:learn from|coach|teach|cook|serve|run|lead|manage|head up|look after|take on)\b/,
  /\b(?:would|I'd) (?:really |very much |truly |absolutely )?be (?:proud|honou?red|delighted|thrilled|excited|privileged) to (?:lead|manage|run|head|coach|teach|serve|take on|look after|be|learn from (?:you|your|the))\b/,
  // "Keen as for the role", "keen as to take on": New Zealand and Australian English.
  /\bkeen as (?:for|to|on|about)\b/,
  /\b(?:made|makes) me want to (?:be part|be a part|join|work|help|come)\b/,
  /\bI (?:would|'d) relish\b/,
  // "I would be very glad to drive for Meridian": gladness about doing the job's own work for the
  // employer. Kept to work verbs, since "glad to take a test" or "to bring samples" is an offer.
  /\bI(?:'d| would) (?:be )?(?:very |really |so |more than |truly )?(?:glad|happy|pleased)(?: and (?:grateful|honou?red|proud|privileged))? to (?:drive|work|cook|bake|teach|nurse|serve|build|design|clean|deliver|care|coach|manage|lead|run|join|look after) (?:for|at|with|alongside) (?!(?:a|an|the|my|some|any)\b)[\w&'-]/,
  // "I would be proud to do this job there", "is one I'd love".
  /\b(?:would|I'd) (?:really |very much |truly |so )?be (?:proud|honou?red|delighted|thrilled|glad|happy|privileged) to do (?:this|the|that|your) (?:job|role|work|post)\b|\b(?:is|sounds like|would be) (?:exactly |just )?(?:the |a )?(?:one|job|role|post|kind of (?:job|role|work|place)) I(?:'d| would) (?:really |truly |so )?(?:love|enjoy|relish|jump at)\b/,
  // "I'd rather work for Hearthstone": a preference for this employer.
  /\bI(?:'d| would) (?:much |far |really |still |honestly )?(?:rather|sooner|prefer to) (?:work|be|stay|start|build my career) (?:for|at|with|alongside) (?!(?:my|a|an|someone|somebody|people|anyone)\b)[\w&'-]/,
  // "I'd love to come and weld for you": the work itself, not "come and talk with you".
  /\bI(?:'d| would) (?:really |so |absolutely |very much )?(?:love|like) to come (?:and|to) (?!(?:see|meet|talk|chat|visit|show|walk|look|discuss|have|say|explain|go|pick|drop|speak|run|take)\b)[a-z]+ (?:for|with|alongside) (?:you|your)\b/,
  // "I'd love the chance to do that kind of work across the county".
  /\bI(?:'d| would) (?:really |so |very much )?(?:love|like|relish|welcome) (?:the |a )?(?:chance|opportunity) to do (?:that|this|the same|similar|more of that|that same) (?:kind of |sort of )?work\b/,
  // "I'd be glad to work the Halifax counter", not "glad to work with you on the figures".
  /\bI(?:'d| would) be (?:so |really |very )?(?:glad|happy|delighted|thrilled|proud|pleased) to work (?:the|your|at|for|in|alongside|with your|with the|there|here)\b/,
  // "I would be very happy to be Nina's nanny", "I am applying to be your Kitchen Assistant", "I want
  // very much to be your Gelato Maker's Assistant".
  /(?<=\b(?:glad|happy|proud|delighted|honou?red|thrilled|applying|want(?: very much)?) to )be (?:your|[a-z]+'s) (?:new |next )?(?!(?:contact|point|reference|guide|host|first)\b)[a-z-]+\b/,
  // "I'd love a start with you blokes", "I would love a summer on the pier", "I'd be glad to be on your
  // crew for the new season".
  /\bI(?:'d| would) (?:really |so |very much )?(?:love|like|welcome|appreciate|jump at) (?:a|the) (?:start|spot|place|berth|seat|gig|summer|season|winter) (?:(?:with|on|in) (?:you|your|the)\b|at \w)/,
  /\bI(?:'d| would) be (?:so |really |very )?(?:glad|happy|delighted|thrilled|proud|pleased|honou?red) to be (?:on|in|part of|a part of|with) (?:your|the) (?:[\w-]+ )?(?:crew|team|staff|squad|ward|unit|lab|department|site|kitchen|floor|practice|school|firm|office|depot|store|shop)\b/,
  // A hedged hope is still a wish to join: "Hopefully there's a chance to join Ridgeback Offices".
  /\b(?:hopefully|I hope|I'm hoping|I am hoping)\b[^.!?\n]{0,30}?\b(?:chance|opportunity) to (?:join|work (?:for|at|with))\b/,
  // Doing the work itself: "I would like to put that experience to work as your Claims Assistant".
  /\bput (?:that|this|my|those|these|all that|all of that) (?:[\w-]+ ){0,2}?(?:experience|skills?|knowledge|background|languages?|training) to (?:work|use|good use) (?:as|for|at|with|in) (?:your|you)\b/,
  // "I would welcome the chance to take over your night desk".
  /\bI(?:'d| would) (?:welcome|love|like|relish|value) (?:the|a) (?:chance|opportunity) to (?:take over|take on|run|lead|manage|head|staff|cover|look after|work|serve|cook for|drive|teach) (?:your|the team's)\b/,
  // "I would love to share the Franschhoek story with your guests".
  /\bI(?:'d| would) (?:love|like|enjoy) to (?:share|show|bring|teach|serve|pour|cook|tell) (?:[\w'-]+ ){1,4}?(?:to|with|for) your (?:guests|customers|visitors|clients|pupils|students|patients|residents|diners|members|readers|listeners|audiences?|tourists|passengers|children|kids|families|community)\b/,
  // "I am committed to this kind of work and would like to join your team".
  /(?<=\band )would (?:really |very much |also |so )?(?:love|like) to (?:join|be part of|be a part of|work (?:for|at|with|alongside)) (?:your|the|you)\b/,
  // "I'm ready to start whenever you say".
  /\bI(?:'m| am) (?:ready|raring|available) to (?:come (?:out|in|over) and )?start (?:whenever|any ?time|on|tomorrow|next|straight away|right away|immediately|as soon as|from)\b/,
  // "I would be glad to do my internship year under your supervision".
  /\b(?:glad|happy|delighted|keen|eager|proud) to (?:do|serve|complete|spend) my (?:internship|apprenticeship|traineeship|placement|articles|residency|pupillage|housemanship|clerkship|training)\b/,
  // "...is the part of the role I most want to be involved in".
  /\b(?:part|side|area|aspect|bit) of (?:the|this|your) (?:role|job|post|position|work|team)\b[^.!?\n]{0,20}? I (?:most |really |especially )?(?:want|'d love|would love|'d like|would like|am most excited|'m most excited)\b/,
  // "I'd rather come to Barrington": the employer, not "come to the office on Tuesday".
  /\bI(?:'d| would) (?:much |far |really |still |honestly )?(?:rather|sooner|prefer to) (?:come to|join|move to) (?!(?:my|a|an|the|someone|somebody|people|anyone|you|see|meet|talk|terms)\b)[\w&'-]/,
  /\b(?:the )?right next step for me\b/,
  /\b(?:challenges?|roles?|work|problems?|jobs?) I (?:want|would love|'d love|would like|'d like) to (?:own|take on|tackle|lead|do|solve)\b/,
  /\bexactly where I (?:want|hope|would like|'d like|would love|'d love) to (?:take|be|go|grow|put|use|bring|apply|build)\b/,
  /\b(?:is|are|feels like) (?:exactly |just |really )?(?:the|my) (?:job|role|one|position|post|work|kind of work|kind of role|sort of work) I (?:want|'d love|would love|have been looking for|'ve been looking for|am looking for)\b/,
  /\bexactly my (?:kind|sort) of (?:work|role|job|team|challenge|place)\b/,
  /\b(?:more|even more|very|fully|deeply|truly|really|all the more) committed to (?:the|this|your|joining|working)\b/,
  /\bI(?:'m| am)(?: \w+){0,2}? (?:buzzing|psyched|stoked|chuffed) (?:about|by|for|to)\b/,
  // Structural forms, not phrasings: a first-person wish whose object is the job ("I'd like the
  // Senior Lift Engineer job", "I want this B1 engineer post"), gladness about joining or bringing
  // one's work to the employer ("delighted to bring that planning to the Orchestra Manager role"),
  // and the job as the thing sought ("the post is exactly what I have been working towards"). An
  // offer to send or talk ("happy to send the report") is a next step, not interest, and stays out.
  /\bI(?:'d| would| should)?(?: (?:really|truly|very much|so|still|genuinely|dearly|certainly|definitely))* (?:love|like|want|wish for|relish|covet) (?:this|the|that|a|an|your)(?: [\w&'.-]+){0,5}? (?:job|role|post|position|spot|opening|vacancy|opportunity|apprenticeship|internship|placement|seat|chair|gig|contract|traineeship|fellowship|residency|posting|appointment)\b/,
  /\bI(?:'d| would| should| will|'ll|'m| am)? (?:be )?(?:(?:very|really|truly|so|most|more than|extremely|genuinely|incredibly) )*(?:delighted|pleased|happy|glad|thrilled|proud|honou?red|privileged|excited|keen|eager|ready|grateful|motivated|determined|set) (?:to|on) (?:join(?:ing)?|be(?:ing)? (?:part|a part)|becom(?:e|ing)|work(?:ing)? (?:for|with|at|alongside|in|on|under)|contribut(?:e|ing) (?:to|my)|tak(?:e|ing) on (?:the|this|that)|serv(?:e|ing) (?:as|on|at|with|your)|start(?:ing)? (?:as|in|on|at|with)|bring(?:ing)? (?:[\w'&-]+ ){1,6}?to (?!(?:a|an|any|our|my|you|him|her|them|us)\b|(?:your|the) (?:office|next|interview|meeting|panel|call)\b)[\w&'-]+)\b/,
  /\b(?:makes?|making|made) (?:this|it|that) (?:exactly )?(?:the|my) (?:[\w-]+ ){0,3}?(?:role|job|post|position|place|team|company|firm|one|opportunity|move|step) I(?:'d| would)? (?:want|choose|pick|hope for)\b/,
  /\b(?:it|that|this) would be (?:a (?:real |great |genuine |true |huge |big )?(?:privilege|pleasure|joy|delight|dream|thrill|honou?r)|an (?:honou?r|absolute (?:privilege|pleasure))) to (?:join|bring|work|contribute|be part|be a part|serve|lead|take on|become|help|begin|start)\b/,
  /\bI(?:'d| would| should) (?:really |truly |very much |so |dearly |genuinely )?(?:love|like|relish the chance|welcome the chance|jump at the chance) to (?!(?:thank|apologi[sz]e|clarify|correct|restate|revisit|expand|elaborate|add|explain|follow|talk|speak|chat|meet|discuss|share|send|walk|catch|connect|go|hear|answer|show|return|come|provide|give|offer|arrange|schedule|book|call|ring|email|pass|forward|point|mention|note|say|let|know|ask|check|confirm|update|see|learn|understand|reflect|acknowledge|address|fix|make|set|put|sit|touch|reach|take you|get back(?! (?:on|to|into) (?:the |my )?(?:street|road|floor|tools|wards?|beat|line|shop floor|kitchen|work|trade|job|field)\b)|respond|reply|hand|drop|bring (?:in|along|you)|demo|demonstrate|present|review|outline|summari[sz]e|recap|highlight|stress|emphasi[sz]e|reiterate|repeat)\b)[a-z]+\b[^.!?\n]{0,60}? (?:(?:for|at|with|as|alongside) |(?:on|in|to) (?:your|the|this|that)\b)/,
  /\bI(?: would| should|'d)?(?: (?:really|truly|very much|so|dearly|genuinely|certainly|still|sure|surely|sincerely|honestly))* (?:love|like|want|wish|hope|intend|mean|plan|relish the chance|welcome the chance|jump at the chance|be (?:(?:very|so|really|truly|most|more than|some|real|right|awful|wicked|proper|mighty) )?(?:glad|happy|delighted|pleased|thrilled|proud|honou?red|privileged)) (?:(?:sincerely|truly|really|very much|greatly|dearly) )?to (?:(?:come|go) (?:and )?)?(?:join|continue (?:my career|my work|working)|be (?:part|a part)|become (?:a|an|the|your|part)|work (?:for|with|at|alongside|in|under|as|on (?:your|the)))\b/,
  // "I still very much want to be a Student Support Assistant at Sivulliq School", "I kind of want to
  // work at Galeria Nazaré": two adverbs or a hedge before "want", in a pattern of its own that starts
  // at words the benchmark's note does not hold; the same words as a bounded repeat in the pattern
  // above, or a pattern at "want", cost every process ~10 ms (ADR 0001).
  /(?<=\bI )(?:still very much|still really|really truly|kind of|sort of|kinda|sorta) want to (?:be (?:a|an|the|part)|work (?:at|for|with|in|on)|join)\b/,
  // "hoping the role is still open", "I'm kind of hoping the Office Manager job at Wensum Lettings works out".
  /\bhoping (?:the|this|that) (?:[\w&'-]+ ){0,4}?(?:role|job|post|position) (?:is still open|(?:at|with) (?:[\w&'-]+ ){1,4}?(?:works out|comes through|comes off|goes my way)|works out|comes through|comes off|goes my way)\b/,
  /\b(?:is|are|feels like|sounds like|seems like|looks like) (?:exactly |precisely |just |really |very much |absolutely |so much |sort of |kind of |pretty much |basically )?(?:the (?:[\w-]+ ){0,3}?(?:step|work|job|role|move|kind of \w+|sort of \w+|place|opportunity|challenge|direction|position|post|team|company|career|chance|environment|thing|one|firm|outfit|setting))(?: that)? I(?:'m| am|'ve| have|'d| would)?(?: been)? (?:after|looking for|working towards?|hoping for|want(?:ed)?(?! to (?:add|say|mention|clarify|explain|share|give|correct))|wish|aiming for|building towards?|waiting for|love|dream(?:ed|t)? (?:of|about)|see myself)\b/,
  /\b(?:is|are|feels like|sounds like|seems like|looks like) (?:exactly |precisely |just |very much )?what I(?:'m| am|'ve| have|'d| would)?(?: been)? (?:after|looking for|working towards?|hoping for|want(?:ed)?|wish for|aiming for|building towards?|waiting for|love)\b(?! to (?:add|say|mention|clarify|explain|share|give|correct|stress))/,
  // "I'm sort of the person you need".
  /\bI(?:'m| am) (?:sort of |kind of |really |exactly |just |definitely )?the (?:person|one|candidate|fit|hire|[\w-]+) you(?:'re| are)? (?:need|want|looking for|after)\b/,
  /\b(?:is|are) (?:exactly |precisely |just )?where I(?:'d| would)? (?:want|hope|like|love|see|intend|plan|mean)(?: myself)? (?:to )?(?:take|be|go|grow|spend|build|put|bring|work|stay|settle|develop)\b/,
  // Strong feeling about doing the work there, whatever the verb: "delighted to continue this work
  // as a Research Engineer at Veritas", "chuffed to run crews for Strachan", "made up to work at
  // Hollowmere". Offer verbs ("delighted to send you the report") are left to the next-step rule.
  /\bI(?:'d| would| should| will|'ll|'m| am)? (?:be )?(?:(?:very|really|truly|so|most|more than|extremely|genuinely|incredibly|absolutely|some|real|right|awful|wicked|proper|mighty) )*(?:delighted|thrilled|honou?red|privileged|proud|excited|keen|eager|enthusiastic|enthusiast|chuffed|made up|over the moon|stoked|buzzing|overjoyed|ecstatic) to (?!(?:thank|apologi[sz]e|clarify|correct|restate|revisit|expand|elaborate|add|explain|follow|talk|speak|chat|meet|discuss|share|send|walk|catch|connect|go|hear|answer|show|return|come|provide|give|offer|arrange|schedule|book|call|ring|email|pass|forward|point|mention|note|say|let|know|ask|check|confirm|update|see|learn|understand|reflect|acknowledge|address|fix|make|set|put|sit|touch|reach|take you|get back(?! (?:on|to|into) (?:the |my )?(?:street|road|floor|tools|wards?|beat|line|shop floor|kitchen|work|trade|job|field)\b)|respond|reply|hand|drop|bring (?:in|along|you|over|round)|demo|demonstrate|present|review|outline|summari[sz]e|recap|highlight|stress|emphasi[sz]e|reiterate|repeat|prepare|pull|draft|write (?:up|to you|you|back)|compile|forward|attach|pop|stop|swing|visit|do a|do the|run (?:you|through)|complete|finish|redo|fill)\b)[a-z]+\b[^.!?\n]{0,60}? (?:as|at|for|with|alongside|on|in|to|into) (?:a |an |the |your |this |that |its )?\w/,
  /\b(?:it|that|this) would be (?:a (?:real |great |genuine |true )?(?:privilege|pleasure|joy|delight|dream|thrill)|an (?:honou?r|absolute (?:privilege|pleasure))) to (?!(?:thank|apologi[sz]e|clarify|correct|restate|revisit|expand|elaborate|add|explain|follow|talk|speak|chat|meet|discuss|share|send|walk|catch|connect|go|hear|answer|show|return|come|provide|give|offer|arrange|schedule|book|call|ring|email|pass|forward|point|mention|note|say|let|know|ask|check|confirm|update|see|learn|understand|reflect|acknowledge|address|fix|make|set|put|sit|touch|reach|take you|get back(?! (?:on|to|into) (?:the |my )?(?:street|road|floor|tools|wards?|beat|line|shop floor|kitchen|work|trade|job|field)\b)|respond|reply|hand|drop|bring (?:in|along|you|over|round)|demo|demonstrate|present|review|outline|summari[sz]e|recap|highlight|stress|emphasi[sz]e|reiterate|repeat|prepare|pull|draft|write (?:up|to you|you|back)|compile|forward|attach|pop|stop|swing|visit|do a|do the|run (?:you|through)|complete|finish|redo|fill)\b)[a-z]/,
  /\bI(?:'d| would) (?:count|consider|regard|think) it (?:a|an) (?:real |great |genuine )?(?:privilege|honou?r|pleasure|joy) to\b/,
  // The tail also takes "I want to work your après crowd" and "I'd love to do this job" (the work
  // itself), rather than patterns of their own that a one-note process would run again at every
  // "I want to".
  /\bI(?:(?: would|'d)? (?:really |truly |still |genuinely |very much )?(?:want|wish|hope|long)(?: (?:very much|so much))?|(?:'d| would)(?: (?:sure|surely|really|truly|so|dearly|genuinely|certainly|very much|still|also|rather|quite))? (?:love|like)(?: (?:very much|so much|a lot))?) to (?!(?:thank|apologi[sz]e|clarify|correct|restate|revisit|expand|elaborate|add|explain|follow|talk|speak|chat|meet|discuss|share|send|walk|catch|connect|go(?! (?:out|on the road|on tour|on site) with (?:your|the) )|hear|answer|show|return|come(?! back to (?:this |the |that )?(?:[\w-]+ )?(?:work|field|trade|industry|profession|career|line of work)\b)|provide|give|offer|arrange|schedule|book|call|ring|email|pass|forward|point|mention|note|say|let|know|ask|check|confirm|update|see|learn(?! (?:(?:[\w-]+ ){1,3}(?:at|with|under|from your)|in your) )|understand|reflect|acknowledge|address|fix|make(?! (?:this|the|that) (?:switch|move|change|transition|career change)\b| (?:[\w-]+ )?(?:shows|programmes|programs|films|podcasts|games|music|furniture)\b)|set|put|sit|touch|reach|take you|get back(?! (?:on|to|into) (?:the |my )?(?:street|road|floor|tools|wards?|beat|line|shop floor|kitchen|work|trade|job|field)\b)|respond|reply|hand|drop|bring (?:in|along|you|over|round)|demo|demonstrate|present|review|outline|summari[sz]e|recap|highlight|stress|emphasi[sz]e|reiterate|repeat|prepare|pull|draft|write (?:up|to you|you|back)|compile|forward|attach|pop|stop|swing|visit|do a|do the(?! same\b)|run (?:you|through)|complete|finish|redo|fill)\b)[a-z]+\b[^.!?\n]{0,60}? (?:(?:for|at|with|as|alongside) |(?:on|in|to) (?:your|the|this|that)\b|from your\b|for you\b|(?<=\b(?:work|run|serve|serving|manage|lead|staff|cover|drive|driving|teach|take over|take on|look after) )your\b|(?<=\bdo )(?:this|that|the|your) (?:\w+ )?(?:job|role|post|work)\b|(?<=\bcareer )(?:on|at|with|in|under)\b|(?<=\b(?:sell|selling|represent|representing|promote|promoting) )(?:[\w'-]+ ){1,3}?(?:wines?|products?|brands?|range|beers?|spirits|cars|vehicles|homes|properties|services|policies|machines|equipment)\b)/,
  // "Hopefully I can bring some of that to the Account Manager role at Nobbys, which I'd love".
  /\b(?:role|job|position|post|team|opportunity)\b[^.!?\n]{0,60}?, which I(?:'d| would) (?:really |truly |absolutely )?(?:love|relish|enjoy|welcome)\b/,
  /\b(?:is|are|feels like|looks like|sounds like) (?:exactly |precisely |just |really |definitely |absolutely )?where I(?:'d| would)? (?:want|hope|like|love|see myself|belong|intend|plan|mean|'d like|would like|'d love|would love)\b/,
  // "convinced that this is the appointment in which I can be of most use"; "I have been clear about
  // what I want next, and this role is it".
  /(?<=\b(?:this|that) (?:[\w-]+ )?(?:role|job|post|position) is )it\b(?! (?:that|which|where|who)\b)/,
  // "I'd be a good fit for the Student Support Officer role, and I want it".
  /(?<=\b(?:role|job|post|position|place)\b[^.!?\n]{0,20}?,? and I (?:really |truly |still )?want )it\b/,
  /\b(?:this|it) is the (?:appointment|post|role|position|job|place|work) (?:in which|where) I (?:can|could|would) (?:be of (?:most |greatest |real |the most )?(?:use|service)|serve (?:best|well)|contribute (?:most|best))\b/,
  /\b(?:is|are) (?:exactly |precisely |just |really |definitely )?(?:the|my|a|an) (?:[\w&'-]+ ){1,3}?I(?:'ve| have|'d| would)?(?: always| long| really| most| truly)? (?:want(?:ed)?|'d love|would love|love|like|wish(?:ed)?|dream(?:ed|t)? of|hope(?:d)?|long(?:ed)?) to (?!(?:add|say|mention|clarify|explain|share|give|correct|stress|highlight|emphasi[sz]e|raise|ask|cover|answer|send|follow up|expand)\b)[a-z]/,
  // Also the formal register: "has only increased my eagerness to serve in it", "I left with a strong
  // wish to become part of it", "a strong desire to serve the diocese".
  /\bmy (?:\w+ )?(?:wish|hope|ambition|goal|dream|aim|plan|desire|eagerness|keenness|motivation) (?:is )?to (?:work|join|be|become|contribute|serve|grow|build|bring)\b|\ba (?:strong |real |keen |great |genuine |deep )?(?:wish|desire) to (?:become part|be part|join|serve|work (?:for|with|at|in))\b/,
  // "I want to run the Drovers", "I really want to lead your kitchen", "I want to sell this tool to
  // farmers like me": wanting the job's own work.
  /\bI (?:really |truly |still |very much |genuinely )?want to (?:run|lead|manage|head|join|work (?:at|for|with)|be part of|build|grow|take on|coordinate|supervise|organi[sz]e|look after|teach|coach|care for|develop|open|shape|raise money for|serve|support|learn (?:the (?:trade|ropes|craft|job|role|business)|(?:from|with|under) (?:you|your|the))|train (?:with|under|at|as)|sell (?:your|this|these|the)|help(?! (?:clarify|explain|answer|you understand)\b)) [\w&'-]/,
  /\bI (?:really |truly |still |very much |genuinely )?want to bring (?:[\w'&-]+ ){1,6}?to [\w&'-]+/,
  // "I'm dead set on the Signaller role", "It's the job I've wanted since I started", "I want very much to work for".
  /\b(?:set on|sold on|serious about|keen on|committed to) (?:the|this|your|that) (?:[\w&'-]+ ){0,4}?(?:role|job|post|position|opportunity|team|place|vacancy)\b/,
  /\b(?:is|it's|that's|this's|are) (?:exactly |precisely |just |really )?(?:the|my) (?:[\w&'-]+ ){0,3}?(?:job|role|post|position|work|place|team|company|firm|one) I(?:'ve| have)? (?:always |long )?wanted\b(?! to (?:add|say|mention|clarify|explain|share|give|correct))/,
  /\bI (?:want|would like|'d like|would love|'d love|wish) (?:very much|so much|really|a lot) to (?:join|work (?:for|with|at|on)|be part of|become|lead|run|bring|represent|serve|sell|grow|build|develop|support|help)\b/,
  /\bis what I (?:want|'d like|would like|hope for|am after|'m after) (?:most|more than anything)\b/,
  // Strong feeling about the employer's own things: "I'd be proud to keep your ranch horses sound".
  /\bI(?:'d| would) (?:(?:really|truly|so|very much|absolutely) )?(?:be (?:(?:very|so|really) )?(?:proud|honou?red|delighted|thrilled|privileged|glad|happy)|love|like) to (?!(?:thank|send|share|show|walk|talk|speak|meet|discuss|answer|hear|see|know|learn|ask|take you|give you|email|forward)\b)[a-z]+ your (?!(?:time|questions?|call|email|message|reply|feedback|decision|offer|consideration)\b)[a-z]/,
  // "I'd love to spend them looking after Moreton Links", "spend my days at your bench".
  // "I'd love to spend this summer walking visitors along the waterfront", "glad to spend the winter
  // season at your desk": a season's work.
  /\b(?:love|like|want|glad|happy|proud|honou?red|delighted|keen|eager|thrilled)(?: very much| so much)? to spend (?:them|those|my (?:\w+ ){0,2}(?:days|years|time|career|working life)|the (?:next|rest)\b[^.!?\n]{0,30}?|(?:this|the|next|the coming|another) (?:[\w-]+ ){0,2}?(?:summer|season|winter|spring|autumn|fall|harvest|term|semester)(?: season)?) (?:working|looking after|caring for|at|with|on|in|[a-z]+ing)\b/,
  // Determination and readiness: "I'm dead set on coaching at Forge Fitness", "well up for working at".
  /\b(?:dead |firmly |absolutely |really |I'm |I am |am )set on (?:[a-z]+ing|joining|the|this|your)\b/,
  // "more set than ever on joining", "more determined than ever to begin my career at".
  /\b(?:more|even more|as) (?:set|determined|keen|eager|committed|resolved) (?:than ever|as ever) (?:on|to) (?:joining|working|becoming|training|begin(?:ning)?|start(?:ing)?|build(?:ing)?|join|work|become|train) (?:(?:my|a|the) (?:career|apprenticeship|training|traineeship) )?(?:at|with|for|in|as)?\b/,
  /\b(?:I'm|I am|am|I'd be|I would be|really|well|definitely|totally|fully|very much|so) up for (?:it|this|the (?:job|role|post|challenge|position)|[a-z]+ing (?:on|at|for|with|in|alongside) |working|joining|taking (?:it|this|the (?:job|role|post)) on)\b/,
  // Subjectless zeal for the work at the employer: "Keen to skipper for Top End Barra Charters".
  /\b(?:keen|eager|excited|thrilled|itching|raring|determined|chomping at the bit|keener|more (?:keen|eager|excited|determined))(?: than ever)? to (?!(?:talk|speak|chat|meet|discuss|share|send|hear|see|learn|know|follow|catch|connect|show|answer|get back|explain|clarify|add|help you|walk)\b)(?:[a-z]+(?: [a-z-]+){0,2}? (?:for|at|alongside) (?!you\b)[\w&'-]|(?:lead|run|manage|head|join|serve|teach|coach|build|grow) (?:your|the) (?:[\w&'-]+ )?(?:school|team|department|unit|office|firm|practice|kitchen|crew|company|division|service|ward|directorate|faculty|programme|program)\b)/,
  // The job as the first choice or the right move: "is still my top choice", "feels like the right way back for me".
  /\b(?:is|remains|are|was) (?:still |definitely |very much |clearly |now )?my (?:top|first|number one|number-one|clear|first-choice) (?:choice|pick|preference|priority)\b/,
  /\b(?:role|position|job|post|team|company|opportunity|place)(?: [\w&'-]+){0,3}? (?:is|feels like|sounds like|seems like|would be) (?:a |an |the )?(?:\w+ )?(?:perfect|great|natural|ideal|right|best) (?:[\w-]+ ){0,2}?for me\b/,
  /\b(?:want|wanting|wanted) (?:it|this|that|(?:this|the|that) (?:[\w&'-]+ ){0,6}?(?:job|role|post|position|place|opportunity|apprenticeship|traineeship|internship|placement)) (?:even |all the |much |still |so much )?more\b/,
  // Wanting the job in everyday words, across a few words of the sentence: "I really hope I get
  // the chance to join the team". Hoping to hear, speak or get news is a polite close, not interest.
  /\b(?:hope|hoping|wish|wishing|long|longing|dream|dreaming)\b(?:(?!\b(?:hear|hearing|heard|speak|speaking|talk|talking|news|update|decision|outcome|feedback|send|share|meet|meeting)\b)[^.!?\n]){0,40}?\b(?:join|joining|work (?:at|for|with|alongside|there|here)|working (?:at|for|with|alongside|there|here)|be part of|being part of|get (?:the|this|that) (?:job|role|post|position|nod|offer))\b/,
  /\b(?:over the moon|chuffed|thrilled|delighted|proud|honou?red|lucky|privileged|made up) to (?:get|land|win|be offered|hold|take on|have|fill) (?:the|this|that|a|an) (?:[\w-]+ ){0,2}?(?:job|role|post|position|place|spot|offer|nod)\b/,
  // "It's a role I'd be proud to hold", "the kind of team I'd be lucky to work in".
  /\b(?:role|job|post|position|team|company|place|firm|crew|kitchen|school|practice)s? (?:that )?I(?:'d| would)? (?:be |feel )?(?:very |really |so |truly )?(?:proud|honou?red|happy|glad|delighted|thrilled|lucky|privileged|love|like) to (?:hold|have|fill|take on|do|join|be part of|work (?:in|at|for|with|on))\b/,
  /\b(?:working|joining|getting|being|landing|the (?:job|role|post|position)|this (?:job|role|post|position)|the chance|this opportunity|the opportunity)\b[^.!?\n]{0,40}? would mean (?:a lot|a great deal|so much|the world|everything|a huge amount) to me\b/,
  // Inverted, and other plain ways of saying it: "It would mean the world to me to work at
  // Hollyfield", "Y'all have a job I want", "I'd bite your hand off for the job", "Should you offer
  // me the post, I will accept with pleasure", "I'd like it to be with Hartwell".
  // Regional and plain ways into the job: "I'd be proud to come on as an Apprentice Lineworker",
  // "glad to serve the cooperative as Purchasing Clerk", "It would do me proud to be a Home Health
  // Aide", "I'd love a stand as wool classer", "delighted to take up the post of Transport Officer".
  /\b(?:proud|glad|happy|delighted|pleased|honou?red|thrilled|tickled|keen|eager|ready) to (?:come on|come aboard|sign on|start|serve|join|work)(?: [\w&'-]+){0,4}? as (?:a |an |the |your )?[\w-]/,
  /\b(?:would|it'd|it would) do me proud to (?:be|work|join|serve|come on)\b/,
  /\b(?:love|like|welcome|relish) (?:a|the) (?:stand|spot|place|start|shot|go|crack|run|berth|seat) as (?:a |an |the |your )?[\w-]/,
  // "glad to take up the post", "I would be proud to take it up", "I'd like very much to take the
  // Prospect Avenue post this fall", "I'd love to get the job"; "I need this job" wants it too.
  /\bneed (?:this|the) (?:job|role|post|position)\b(?! (?:description|title|spec|advert|ad)\b)/,
  /\b(?:glad|happy|delighted|pleased|proud|honou?red|keen|eager|ready|thrilled) to take (?:it|this one) up\b(?! with)|\b(?:(?:glad|happy|delighted|pleased|proud|honou?red|keen|eager|ready|thrilled) to take up|(?<=\b(?:I'd|I would|would) (?:really |truly )?)(?:love|like)(?: very much| so much)? to (?:take|get|land|win|secure)) (?:the|this|that|your) (?:[\w-]+ ){0,4}?(?:post|role|position|job|offer|appointment)\b(?! (?:done|finished|sorted|right)\b)/,
  // Doing the work for the employer: "I'd be tickled to run the dock for Pecan Bayou Seafood", "I'd be
  // glad to ride pens for Elkhorn". Not an offer to the reader ("glad to run the numbers for you").
  /\bI(?:'d| would) be (?:really |so |very |more than |right |mighty |awful |real )?(?:glad|happy|proud|delighted|pleased|tickled|chuffed|thrilled|honou?red) to (?!(?:talk|speak|chat|meet|discuss|share|send|hear|see|learn|know|follow|catch|connect|show|answer|get back|explain|clarify|add|help you|walk|run (?:through|you)|go (?:over|through)|take you|bring|provide|prepare|put together|forward|email|call|come in|drop|pass)\b)[a-z]+(?: [a-z-]+){0,3}? (?:for|at|with|alongside) (?!(?:you|your|the|a|an|them|him|her|us|it|that|this|any|my)\b)[\w&'-]/,
  // Brisk and subjectless: "Really want the Dispatch Supervisor role at Larkspur", "I really want
  // this one", "Keen to run nights for you", "I would be very glad to run Berea Fresh Market".
  /(?<!\b(?:you|they|he|she|we|who|don't|do not|didn't|did not|never|not|if) (?:really |still |truly )?)\b(?:really |still |truly )*want (?:the|this|that) (?:\(?[\w&'-]+\)? ){0,4}?(?:role|job|post|position|one|gig|spot|place(?! to\b)|apprenticeship|traineeship|internship|placement)\b/,
  /\b(?:keen|eager|excited|itching|raring|dying|desperate|happy|glad|proud|thrilled|delighted|love) to (?:come (?:out |in |down |over )?and )?(?:run|work|lead|cook|drive|build|manage|teach|sell|nurse|fly|serve|design|code|play|skipper|captain|guide) (?:(?!(?:the|a|an|it|that|this|them|those|these|some|your|my|any)\b)[\w-]+ |the (?:floor|shift|line|pass|counter|desk|till|bar|kitchen|door|yard|store|shop|site|night shift|late shift|early shift) |a (?:morning|day|shift|week|season) (?:on|in|at) the [\w-]+ )?(?:for (?:you|your (?:team|crew|kitchen|store|site|shop))|with your (?:team|crew|kitchen|staff))\b/,
  /\bI(?:'d| would) be (?:very |really |so |more than )?(?:glad|happy|proud|delighted|thrilled|honou?red|excited) to (?:(?:run|lead|manage|head|join|serve|represent|captain|skipper|look after) (?:(?!(?:you|the|a|an|them|him|her|us|it|that|this|any|my|your|through|over)\b)[\w&'-]|your (?:team|crew|kitchen|store|site|shop|department|ward|office|branch|restaurant|school|unit|practice|clinic)\b|(?:that|this|the) (?:programme|program|department|unit|project|service|school|ward|network|initiative|portfolio|function)\b)|(?:show|guide|serve|drive|teach|look after) your (?:guests|visitors|tourists|customers|passengers|students|pupils|riders|diners|residents|clients)\b|serve (?:the|your) (?:[\w&'-]+ ){1,3}?in (?:this|the|that|your) (?:post|role|position|capacity|office|appointment)\b|ride (?:[\w-]+ ){0,4}?with your (?:students|pupils|children|kids|passengers|riders)\b)/,
  // An internal move: "I'd love to move into the BA team", "I want to move into planning"; its own
  // pattern at the rare word "move", as one more way on from "I" made a one-note process run the
  // program matcher enough more for V8 to optimize it (ADR 0001).
  /(?<=\bI(?:(?:'d| would) (?:really |truly )?(?:love|like)| (?:really |still )?want|'m (?:keen|ready)| am (?:keen|ready)) to )move (?:up )?(?:into|to|over to|across to) (?:planning|management|supervision|leadership|the (?:[\w&'-]+ ){0,2}?(?:team|role|department|office|unit|desk)|your (?:[\w&'-]+ ){0,2}?(?:team|department|office|unit|desk))\b/,
  // Moves and returns: "I want to make the move into rail with Vantry Rail", "I want to come back as
  // a Graduate Software Engineer", "I want to come back to work at Thornbury Plant Hire".
  /\bI(?:'d)? (?:really |still )?(?:want|would love|'d love|would like|'d like|hope|am keen|'m keen) to (?:make the move|move|switch|transition|step) (?:into|to|over to) (?:[\w-]+ ){0,3}?(?:with|at) (?!(?:you|the|a|an)\b)[\w&'-]|\bI(?:'d)? (?:really |still )?(?:want|would love|'d love|would like|'d like|hope|am keen|'m keen) to (?:come back|return|rejoin|stay on)(?: to work)? (?:as (?:a |an |the |your )?[\w-]|(?:at|with) (?!(?:you|the|a|an)\b)[\w&'-])/,
  // "I'd love to make the switch to Northgate", "the chance to run the floor as your Assistant Store
  // Manager", "the chance to show you I can do this job", "I'd love to work there".
  /\bmake the (?:switch|move|jump|leap) (?:over )?to (?!(?:you|the|a|an|my)\b)[\w&'-]|\b(?:love|like|welcome|relish|value) (?:the|a|an) (?:\w+ )?(?:chance|opportunity) to [a-z]+\b[^.!?\n]{0,40}? as your \w|\b(?:chance|opportunity) to (?:show|prove to|prove) (?:you )?(?:that )?I can do (?:this|the) (?:job|role)\b|\bI(?:'d| would) (?:really |so |absolutely )?love to work (?:there|here|with (?:you|your team|them))\b/,
  // "the part of the role I most want to take on"; a wish hedged but still a wish ("I'd kind of love to join").
  /\b(?:role|job|post|position|work)\b[^.!?\n]{0,20}? I (?:would |'d )?(?:most |really |especially |very much )?(?:want|like|love) to (?:take on|do|lead|own|join)\b|\bI(?:'d| would) (?:kind of |sort of |really |maybe |probably )+(?:love|like) to (?:join|work)\b/,
  // "It would be an honour for me to join your brigade", "Hopefully I can join your finance team".
  /\bit would be (?:an |a great |a real |a huge |such an |such a )?(?:honou?r|privilege|pleasure|dream) (?:for me )?to (?:join|work|serve|be part|be a part)\b|\bhopefully I (?:can|could|will|'ll|get to) (?:join|work (?:with|for|at|alongside)|be part of|be a part of)\b/,
  /\bI(?:'d| would) (?:love|like) to be one of (?:the|your) (?:crew|team|gang|squad|family|brigade|staff)\b/,
  // "I want to do the rest of my apprenticeship with Rideau Comfort Heating & Cooling".
  /\bI (?:really |still )?(?:want|would love|'d love|would like|'d like|hope) to (?:do|finish|complete|serve|spend) (?:the rest of )?my (?:apprenticeship|training|placement|career|residency|traineeship|internship|articles|pupillage) (?:with|at) (?!(?:you|the|a|an)\b)[\w&'-]/,
  /\bit would mean (?:a lot|a great deal|so much|the world|everything|a huge amount) to me to (?:work|join|be part|be a part|get|land|be offered|take (?:on|up)|serve|teach|nurse|lead|run)\b/,
  /\b(?:a|the|this) (?:[\w-]+ )?(?:job|role|post|position) I (?:really |truly |very much |badly |genuinely )?(?:want|would love|'d love|would like|'d like|would jump at|'d jump at)\b/,
  /\bbite (?:your|their|his|her|the) hands? off (?:for|to get)\b/,
  /\b(?:I will|I'll|I would|I'd|I shall) (?:gladly |happily |readily )?accept(?: it| the offer| the post| the role| the job)? (?:with (?:great )?pleasure|gladly|happily|without hesitation|in a heartbeat)\b/,
  /\bI(?:'d| would) (?:like|love|want) (?:it|that|this|the next one|my next (?:job|role|step|move|post)) to be (?:with|at|for) (?!(?:you|someone|a|an|the right)\b)[\w&'-]/,
  /\bI(?:'d| would) be (?:really |so |well |proper |absolutely )?(?:made up|chuffed|buzzing|stoked|over the moon|tickled pink) to (?:join|work (?:at|for|with|alongside)|be part of|be a part of|get|land|start)\b/,
  /(?<!\b(?:can't|cannot|couldn't|could not|don't|do not|didn't|did not) )\bsee myself (?:[a-z]+ing (?:[\w-]+ ){0,3}?(?:at|with|for|in|on|there|here|alongside)\b|staying|growing|at|with|in (?:the|this|that) (?:role|job|post|position|team)|there|here)\b/,
  /\b(?:is|was|feels like|sounds like|seems like) (?:exactly |really |definitely |absolutely |just |clearly )?the (?:[\w-]+ ){0,2}?(?:job|role|post|position|place|team|company|one|career|step|move) for me\b|\bticks (?:every|all the|all my) boxe?s?\b/,
  /\b(?:makes?|made|making) (?:this|the|that|your) (?:[\w-]+ ){0,2}?(?:role|job|post|position|company|team|opportunity|move|offer) (?:even |all the |much |so much |far )?(?:more )?(?:attractive|appealing|exciting|interesting|compelling|tempting)\b/,
  /\bhungry for (?:this|the|that) (?:[\w-]+ ){0,2}?(?:role|job|post|position|opportunity|challenge)\b/,
  /\b(?:role|job|post|position|work|opportunity|company|team|idea|prospect)\b (?:really |genuinely |very much |strongly |hugely |truly )?appeals\b/,
  /\bnothing (?:would make me (?:happier|prouder)|I(?:'d| would) (?:like|love|want|enjoy) more) than\b|\bI(?:'d| would) (?:love|like|want|enjoy) nothing more than to\b/,
  /\bI(?:'ve| have)? (?:always |long |really |for years )?wanted to (?:join|work (?:at|for|with|in|alongside)|be part of|be a part of)\b/,
  /\b(?:feel|be|am|I'd be|I'm) (?:so |very |really |truly |incredibly )?(?:lucky|fortunate|privileged|blessed|proud|honou?red) to (?:work|join|be part|be a part|be on)\b/,
  /\b(?:can't|cannot|couldn't) (?:think of|imagine) a better (?:place|team|company|firm|home|role|job|fit|next step|crew|kitchen|school)\b/,
  // Formal and eager registers: "I shall be honoured to serve", "It would be my privilege to
  // contribute", "raring to go", "delighted to accept an offer", "I'd love to come on board".
  /\bI (?:shall|will|'ll) (?:be )?(?:(?:very|most|truly|deeply) )?(?:honou?red|proud|delighted|privileged|glad|happy) to (?:serve|join|work|contribute|be part|be a part|lead|take on)\b/,
  /\b(?:it|that|this) would be (?:my|a real|a great|an absolute|a genuine) (?:privilege|pleasure|honou?r|joy) to (?:join|contribute|serve|work|be part|be a part|lead|help|bring|take on)\b/,
  /\b(?:itching|raring|dying|chomping at the bit) to (?:get started|go|start|get going|begin|get stuck in|crack on|join)\b/,
  /\b(?:delighted|happy|thrilled|glad|pleased|honou?red) to accept (?:an|the|your|any) offer\b/,
  /\bthe more I (?:want|wanted|'d like|would like|hope) to (?:be there|be here|join|work there|work here|be part)\b|\bI (?:really |still )?want to be (?:there|part of it|on (?:the|your) team)\b/,
  /\b(?:being|joining|working) (?:part of |at |for |with |on |alongside )?[^.!?\n]{0,40}? would be (?:so |really |truly )?(?:exciting|amazing|fantastic|wonderful|a dream|a privilege|an honou?r|brilliant|incredible|great|a joy|a thrill)\b/,
  /\b(?:love|like|thrilled|delighted|happy|glad|excited|keen|eager|proud) to (?:come|get|climb|hop|jump) (?:on board|aboard)\b/,
  // Affection for the job, in plain words or slang: "I'm head over heels for the Pastry Chef role",
  // "smitten with", "hyped about", "mad about", "kind of in love with the Lead Puppeteer role".
  // Gratitude, readiness and skill ("grateful for the opportunity", "prepared for the role") are not
  // affection, so the feeling must be one of these words.
  /\bI(?:'m| am)(?: (?:so|really|very|truly|completely|totally|absolutely|genuinely|honestly|properly|well|a bit|a little|kind of|sort of|super|seriously|utterly|madly|quite|pretty|just|still|already|now|even more|all the more))* (?:excited|thrilled|stoked|psyched|pumped|hyped|amped|buzzing|giddy|smitten|mad|nuts|crazy|wild|obsessed|in love|head over heels|over the moon|starry-eyed|sweet|keen|eager|passionate|enthusiastic|fired up|jazzed|chuffed|delighted|ecstatic|elated|sold|hooked|hungry|ravenous|bananas|potty|fanatical|a (?:big |huge )?fan|fond|enamou?red|besotted|taken|charmed|inspired|energi[sz]ed|motivated|committed|devoted|all in|bowled over|blown away|gutted not to be|dead set|set) (?:about|with|for|on|over|by) (?:the|this|your|that) (?:[\w&'.-]+ ){0,4}?(?:role|job|post|position|opportunity|gig|spot|opening|team|company|community|crew|club|studio|shop|kitchen|brand|bars|range|menu|mission|season|plans?|ideas?|vision|project|work)\b/,
  /\b(?:fires|lights|gets|got|fired|lit) me (?:up|going)\b/,
  /\b(?:itching|raring|dying|bursting|aching) to (?!(?:talk|speak|chat|meet|discuss|share|send|hear|see|know|follow|show|answer|explain|clarify|add|tell)\b)[a-z]+/,
  // "The U13 Lead Coach role is one I would run through walls for": a stranded preposition of devotion.
  /\b(?:role|job|post|position|team|place|gig)\b[^.!?\n]{0,30}? (?:is )?(?:one|something|the one|a (?:role|job|team|place)) I(?:'d| would) (?:[a-z]+ ){1,4}?for\b/,
  /\bwant to be (?:your|the (?:[\w-]+ ){0,3}?(?:who|that)\b)/,
  /\bto (?:work|join|be part of) [^.!?\n]{0,60}? is (?:exactly |precisely |really )?(?:my|what I) (?:goal|aim|wish|dream|ambition|hope|want)\b/,
  /\b(?:glad|happy|pleased|want|wish|like|love) to (?!(?:send|share|show|walk|talk|speak|meet|discuss|answer|explain|present|demonstrate|come|bring|run you|go through|take you|provide|give|forward|email|call|arrange|schedule)\b)[a-z]+\b[^.!?\n]{0,40}? at [^.!?\n]{1,40}? as (?:a |an |the |your )?\w/,
  // Doing again, at the employer, what the note just told: "I'd love the chance to do the same at
  // Torrens Vale", "I'd be delighted to do the same at Heathermoor Hospice".
  /\b(?:(?:love|like|welcome|relish|value) (?:the|a|an) (?:\w+ )?(?:chance|opportunity)|I(?:'d| would) (?:really |so |very much )?(?:love|like|be (?:really |so )?(?:delighted|thrilled|glad|happy|excited|keen|eager|proud))) to do (?:the same|that|this|it|something similar|much the same)(?: again)? (?:(?:at|for|in) (?!(?:you|your (?:data|numbers|files|figures|records))\b)|with (?:your|the) (?:[\w-]+ ){0,2}?(?:team|crew|staff|department|unit|people|kitchen|ward)\b)/,
  // Putting one's skills to work at the employer, in any register: "I should now like to put them
  // to work for an organisation whose purpose I share", "I'd love to put my experience to work at Arlo".
  /\bI(?:'d| would| should) (?:now |very much |much |really |dearly )?(?:like|love|welcome the chance) to put (?:them|it|this|that|these|those|my (?:[\w-]+ ){0,3}?(?:skills|experience|knowledge|training|years|background|expertise)) to (?:good )?(?:work|use) (?:for|at|with|in) (?!you\b)/,
  // "I'd love the chance to do the same for Lee Valley Foods as Payroll Manager".
  /\b(?:love|like|welcome|relish|value) (?:the|a|an) (?:\w+ )?(?:chance|opportunity) to [a-z]+\b[^.!?\n]{0,40}? (?:for|at|with) [^.!?\n]{1,40}? as (?:a |an |the |your )?\w/,
  // "I would adore supporting your CEO as Executive Assistant", "I'd love working at Kiln & Co.".
  /\bI(?:'d| would) (?:really |so |truly )?(?:adore|love|relish|enjoy) (?:being|working|supporting|running|leading|managing|joining|helping|teaching|coaching|cooking|selling|building|looking after|caring for|serving) (?:[\w&'-]+ ){0,5}?(?:as|at|for|with|alongside)\b/,
  // "I would love to be Kolanut Pay's Payments Operations Manager": the writer in the job's title.
  /\bI(?:'d| would) (?:really |so |very much |truly )?(?:love|like|adore) to be (?:one of )?(?:a |an |the |your )?(?:[\w&'-]+ ){0,4}?(?:manager|officer|lead|engineer|technician|assistant|analyst|coordinator|consultant|specialist|director|supervisor|worker|nurse|teacher|chef|driver|designer|developer|agent|advisor|adviser|administrator|clerk|negotiator|operator|inspector|planner|buyer|tutor|instructor|coach|editor|producer|writer|librarian|archivist|curator|keeper|head|partner|associate|apprentice|trainee|intern|nanny|nannies|carer|carers|groomer|stylist|florist|baker|cleaner|cook|barista|receptionist|hairdresser|childminder|caregiver|housekeeper|porter|cashier|waiter|waitress|server|bartender|nurses|drivers|teachers|chefs)\b/,
  // "The Packhouse Supervisor role at Rift Blooms is one I very much want".
  /\b(?:role|job|post|position|place|team)\b(?:[^.!?\n]|\.(?<=\b(?:st|mt|ft)\.)){0,40}? is (?:one|the one|a (?:role|job|post|position)) I (?:very much |really |truly |so |genuinely )?(?:want|'d love|would love|would like|'d like|hope to get|(?:would|'d) be (?:proud|honou?red|glad|delighted|happy|thrilled) to (?:hold|take on|take up|fill|accept|do))\b/,
  // A probe of 200 ways of wanting the job, written blind (round 35): the job put first ("Caring for
  // your residents is work I would genuinely love to do", "is one I'd grab with both hands").
  /\b(?:is|would be) (?:something|work|a (?:challenge|job|role|step|move)|one|the (?:thing|job|role|work)) (?:that )?I(?:'d| would)? (?:(?:really|very much|genuinely|truly|so|most|dearly) )?(?:want|love|like|relish|enjoy|welcome|grab|find (?:(?:genuinely|really|truly) )?exciting|feel called to)\b/,
  /\bwhat I(?:'d| would)? (?:really |most )?(?:want|like|love)(?: most| more than anything)? is to (?:join|work|be|get|land|start|come)\b/,
  /\b(?:like|love|want) nothing (?:better|more) than to\b/,
  /\bI want in\b/,
  // "I left the interview wanting this role".
  /\b(?:left|came away|came out(?: of (?:it|there|the interview))?|walked away|went home|came home|got home|drove home)(?: from)? (?:the interview |our (?:meeting|conversation|chat|talk) )?(?:really |truly |even more |very much |still )?(?:wanting|keen on|excited about|even keener on|set on) (?:(?:this|the) (?:[\w\u00c0-\u024f'&-]+ ){0,3}?(?:role|job|position|post)|to (?:be part|be a part|join|work (?:for|with|at|alongside)))\b/,
  // "I want to learn under you, and your seasonal menu is the reason I applied".
  /\bI (?:really |truly )?want to learn (?:under|from|with) you\b/,
  /\bthe (?:main |real |whole |big )?reason I applied\b|\b(?:a (?:big |large |huge )?)?part of (?:the reason|why) I applied\b/,
  // Doing the job's own work for the employer: "I would love to coordinate the Okanagan Rec Society camps".
  /\bI(?:'d| would) (?:really |so |very much )?love to (?:coordinate|run|lead|manage|teach|coach|cook for|drive for|look after|care for|build|grow|design|supervise|head) (?:the|your) (?:[\w'&-]+ ){0,4}?(?:camps?|team|programmes?|programs?|kitchen|store|shop|ward|clinic|school|class(?:es)?|site|crew|office|branch|department|unit|service|fleet|floor|desk|projects?|residents|patients|customers|guests)\b/,
  // "I'd like the chance to run your team at Cardonald".
  /\bI(?:'d| would) (?:really |very much |dearly )?(?:like|love|welcome|relish) (?:the|a|an) (?:\w+ )?(?:chance|opportunity) to (?:run|lead|join|manage|head|take on|take (?:it|this|the (?:role|post|position|job)) (?:on|up)|be part|become|serve|look after|build|work (?:with|for|at|on|in|alongside))\b/,
  /\bI(?:'d| would) start tomorrow\b/,
  /\bif you(?:'ll| will) have me\b/,
  /\bdesirous of\b/,
  /\bset my sights on\b/,
  /\bsuits? me down to the ground\b/,
  /\bput me down as\b/,
  /\bI(?:'m| am) (?:\w+ )?ready for (?:this|the) (?:role|job|position|post|promotion|step up)\b/,
  /\bkeen to step up\b/,
  /\bis what I(?:'d| would) (?:like|love|want) most\b/,
  /\bsomeone who (?:really |truly )?wants to be (?:there|here|part of)\b/,
  /\bI(?:'d| would)(?: really,?)+ (?:like|love|want) (?:this|the|that) (?:job|role|position|post)\b/,
  /\bI(?:'d| would) (?:quite |rather |really |very much )?like (?:this|the|that) (?:job|role|position|post|work)\b/,
  /\b(?:love|like|want)\b,? [^.!?\n]{0,30}? to be offered (?:the|this) (?:role|job|position|post)\b/,
  /\b(?:hope|hoping|want) to be the (?:one|person|candidate) you (?:pick|choose|hire|appoint|select|go with|offer)\b/,
  /\b(?:will|would|I'll|I'd) be (?:only |very |so |really |most |more than )?(?:glad|happy|grateful|delighted|thrilled|chuffed|stoked) (?:to be given|to get|to have|for) (?:the|an|a) (?:opportunity|chance) (?:to|of) (?:work|join|serve|serving|working|joining|be part|being part|contribute)\b/,
  /\blooking forward to the (?:opportunity|chance) (?:of|to) (?:serving|working|joining|contributing|serve|work|join|contribute)\b/,
  // "Landing a spot with the crew at the Sudbury centre would be fantastic for me", "is my goal".
  /\b(?:getting|landing|joining|winning|being offered|being part of|being on) [^.!?\n]{0,80}? (?:would (?:(?:honestly|really|truly|genuinely|just) )?(?:make my (?:year|day|month|life)|be (?:fantastic|brilliant|amazing|wonderful|a dream|huge|ideal|perfect|the best possible start)\b|mean (?:a lot|the world|so much|everything) to me)|is (?:my|the) (?:goal|aim|dream|ambition))/,
  /\bI can (?:really |easily |honestly |already |just )?(?:picture|imagine|see) myself (?:on|in|at|with|as|working|joining|being|fitting|part|behind|running|leading|serving)\b/,
  /\bsomewhere I(?:'d| would)? (?:really |truly )?(?:want|love|like) to (?:work|be|build|stay)\b/,
  /\bis (?:where|the one) I(?:'d| would)? (?:most |really |truly )?(?:want|like|love|choose|pick)\b/,
  /\b(?:it'd|it would) be (?:\w+ )?(?:choice|great|brilliant|awesome|ace|grand|wonderful|fantastic|amazing|lovely|a dream|a privilege|an honou?r) to (?:join|work (?:with|for|at|alongside|on|in)|be part|be a part)\b/,
  /\bI(?:'m| am) all for (?:joining|working|coming)\b/,
  /\bI(?:'d| would) (?:really |so )?love it if I could (?:join|work|be part|come on board)\b/,
  /\bI(?:'d| would) (?:\w+ )?(?:love|like) to (?:land|win|secure|take up|take on) (?:it|this|the (?:job|role|position|post))\b/,
  /\bI(?:'d| would) (?:\w+ )?love to take (?:it|this|the (?:post|role|job|position)) up\b/,
  /\b(?:wouldn't|would not) mind (?:getting a start|a start|joining|working (?:at|for|with|on|in)|being part|the (?:job|role|position|post))\b/,
  /\b(?:wouldn't|would not) say no (?:to (?:the|this|a) (?:job|role|position|offer|start)|if (?:the|this) (?:job|role|position|offer))\b/,
  /\b(?:fully|totally|completely) on board with (?:the|this) (?:role|job|position|post|move)\b/,
  /\bcommitted to (?:pursuing )?(?:this|the) (?:role|job|position|opportunity|post)\b/,
  /\b(?:a committed|a keen|an eager|an enthusiastic|a very keen) (?:candidate|applicant)\b/,
  /\b(?:keen|eager) to proceed\b/,
  /\btake it (?:gladly|happily|with both hands)\b/,
  /\b(?:the|a) (?:kind|sort|type) of (?:role|job|work|position|team) I(?:'ve| have)? (?:been )?(?:hoping|looking|waiting|searching) for\b/,
  /\bexactly what I(?:'d| had|'ve| have)? (?:been )?(?:hoped|hoping|looking|wanted|searching) (?:to find|for)\b/,
  /\b(?:is|was) top of my list\b/,
  // Round 63, each at a rarer word than "I", "would" or "glad" (ADR 0001): "The Sales Assistant job … is one
  // I'd be delighted to get"; "I would still very much like to drive for the district"; "and would be
  // very glad to join you" (no subject); "The more I heard, the more I wanted the Portfolio Manager role".
  /(?<=\b(?:is|would be) (?:exactly |just )?(?:the |a )?(?:one|job|role|post|position|step|move|challenge|opportunity|chance) I(?:'d| would) (?:really |truly |so )?be (?:really |so |very |truly )?(?:delighted|glad|happy|thrilled|proud|honou?red) to )(?:get|take|have|land|win|do|accept|take up|fill|make|seize)\b/,
  /(?<=\b(?:I|I'd|would) )still (?:very much |really |truly |so |absolutely )?(?:like|love|want) to (?:join|be part|be a part|(?:drive|fly|sail|work|teach|nurse|cook|serve|care|build|clean|deliver|coach|manage|lead|run|look after|help) (?:for|at|with|alongside) (?!(?:a|an|my|some|any|people)\b)[\w&'-])/,
  /(?<=\bwould be (?:very |so |really |more than |truly )?(?:glad|happy|pleased|delighted|thrilled|proud|honou?red) to )join (?!(?:a|an|another|any|in|(?:the|your) (?:call|meeting|session|webinar|zoom|panel|discussion|conversation|tour|visit|trial))\b)/,
  /(?<=\bthe more I )(?:wanted|liked|loved) (?:the|this|that|your|to (?:join|work|be))\b/,
  // Round 64: "The position remains the one I want"; "would be excited to produce it" (the work
  // itself, not "to talk"); "I am very glad to apply for the Vineyard Foreman position".
  /(?<=\b(?:role|position|job|post|place|company|team|opportunity)(?: [\w&'-]+){0,3}? (?:remains|is still|is|stays) (?:exactly |very much |still |really )?the )one I (?:want|most want|really want|'d love|would love|'m after|am after|hope for|'ve been hoping for)\b/,
  /(?<=\bwould be (?:really |so |very |truly )?)(?:excited|thrilled|delighted) to (?!(?:talk|speak|chat|meet|discuss|share|send|hear|show|walk|answer|explain|follow|catch|connect|come|provide|forward|set|arrange|offer|give|go|run|take you)\b)[a-z]+ (?:it|this|that|your|the|for|with|at|on)\b/,
  /(?<=\b(?:I'm|I am|I was) (?:very |so |really |truly )?(?:glad|happy|pleased|delighted|proud|excited|thrilled) to )(?:apply|be applying|have applied) for\b/,
  // Round 65: "I'm even more set on joining your crew" (at "joining", ADR 0001).
  /(?<=\b(?:I'm|I am|I remain|I was|I've been|I have been)(?: \w+){0,2}? set on )(?:joining|working (?:for|with|at|alongside)|becoming|getting (?:this|the))\b/,
  /(?<=\bI(?:'d| would)(?: \w+){0,2}? be (?:[\w-]+ ){0,2}?an? (?:[\w-]+ )?(?:good|great|strong|excellent|natural|real|perfect|ideal) )(?:fit|match|addition) (?:for|to|with|on|in) (?:the|your|this)\b/,
  // Round 66: "I would be very glad to manage the salon for you" (at the verb, ADR 0001).
  /(?<=\bI(?:'d| would) be (?:very |really |so |more than |truly )?(?:glad|happy|pleased|delighted|proud|thrilled|honou?red) to )(?:manage|run|lead|head|look after|take on|take over) (?:the|your|this) (?:(?!(?:for|with|to|of|at|on|in|by)\b)[\w&'-]+ ){0,3}?(?:salon|shop|store|team|branch|kitchen|site|department|unit|ward|office|restaurant|bar|hotel|crew|practice|clinic|school|studio|venue|centre|center|account|desk|warehouse|depot|yard|workshop|garage|farm|lab|laboratory)\b(?! through\b)/,
  // "from someone who wants this job as much as I do" (at the rarer word).
  /(?<=\bwants? (?:this|the) (?:[\w-]+ ){0,3}?(?:job|role|position|post|place) as )(?:much|badly) as I do\b/,
  // Round 67: "I'd really like that route out past Valentine"; "I am kind of hoping this job works out".
  /(?<=\bI(?:'d| would)? (?:really |truly |so |very much )?(?:love|want|like) (?:this|the|that) (?:\w+ )?)(?:route|run|round|beat|patch)\b/,
  /(?<=\bI(?:'m| am)(?: \w+){0,2}? )hoping (?:this|the|that) (?:[\w-]+ ){0,2}?(?:job|role|position|post|application) (?:works out|comes through|goes my way|happens)\b/,
  // Round 69: "I'd love to be working behind your bar"; "But I do want to work at Shalimar Dental";
  // "I am strongly committed to joining Nile Diagnostics" (each at a rarer word, ADR 0001).
  /(?<=\bI(?:'d| would) (?:really |so |very much )?love to be )working (?:behind|at|in|for|with|on|alongside) (?:your|the)\b/,
  /(?<=\bI )do (?:really |still |very much |genuinely )?want (?:to (?:work|join|be part|be a part|be on)\b|(?:this|the) (?:[\w-]+ ){0,3}?(?:job|role|position|post)\b)/,
  /(?<=\b(?:strongly|firmly|wholly|completely|genuinely|absolutely) )committed to (?:the|this|your|joining|working)\b/,
  // Round 72: "I'd love to step into the Shift Lead role" (at "into": the benchmark's note holds
  // "step-down" and "set up", and a pattern at "step" or "up" tipped its parser into TurboFan).
  /(?<=\bI(?:'d| would) (?:really |so |very much )?(?:love|like) to step )into (?:the|this|that|your)\b/,
  // Round 73: "I'd love to be behind that counter" (at "behind", ADR 0001).
  /(?<=\bI(?:'d| would) (?:really |so |very much )?love to be )behind (?:that|the|your) (?:[\w-]+ )?(?:counter|bar|desk|wheel|till|chair|pass|reception|camera)\b/,
];
