/**
 * Private matters that do not belong in a note to an interviewer. Each pattern is anchored on the
 * writer ("my", "I", "we"), so professional talk ("restructured $2M of debt", "prenatal clinic")
 * stays clear.
 */
export const TOO_PERSONAL_PHRASES = {
  medical: [
    // Not "my answer on treatment monitoring": a preposition hands the word to another topic.
    // Not the writer's workplace: "at my current surgery I answer 150 calls" (a UK GP practice).
    /(?<!\bat )\bmy (?:(?!(?:on|about|of|in|for|with|to|at|regarding|around|into|from|supervisor|manager|client|clients|patient|patients|team|colleague|colleagues|boss|practice|clinic|service)\b)\w+(?:'s)? ){0,2}(?:diagnosis|surgery|heart bypass|bypass surgery|heart attack|stent|pacemaker|hip replacement|knee replacement|slipped disc|bulging disc|herniated disc|prolapsed disc|bad back|painkillers|biopsy|scan results|test results|[a-z]+ectomy|antidepressants?|antidepressant dose|medication dose|chemo(?:therapy)?|medications?|meds|prescriptions?|therapist|psychiatrist|illness|disorder|disability|migraines?|depression|anxiety disorder|ADHD|cancer|diabetes|blood pressure|back (?:pain|injury)|health (?:issues|problems|scare|condition)|medical (?:condition|history|issues|leave|procedure)|treatment|recovery from surgery|miscarriage)\b(?! (?:report|reports|plan|plans|template|records?|notes|room|protocol|programme|program|proposal|work|method|methods|approach|menu|options|pathway|schedule|experience|clinics?|patients|service|nursing|care|review|caseload|expertise|knowledge|training|team|research|project|competency|competencies|competence|assessments?|administration|audits?|charts?|management|polic(?:y|ies)|certificate|certification|qualification|errors?|safety|reconciliation|rounds?|trolleys?|checks?|counts?|storage|dispensing|documentation|stock|ordering|skills|systems?|processes|procedures?|workflows?|logs?|books?|cards?|forms?|sheets?|files|history sheets|consents?|consultations?|outcomes|results tracker))/,
    /\bI(?:'ve| have| was| am|'m| got|'ve been| have been) (?:\w+ )?(?:diagnosed|hospitali[sz]ed|on (?:medication|antidepressants|meds)|recovering from (?:surgery|an? (?:[\w-]+ )?(?:illness|operation|injury|infection|virus)|(?:[\w-]+ )?(?:typhoid|malaria|dengue|covid|pneumonia|sepsis|meningitis|tuberculosis|TB|flu)))\b/,
    /\bI (?:have|suffer from|struggle with|live with|deal with|am dealing with|battle) (?:an? |chronic |severe |clinical |my )?(?:type [12] )?(?:anxiety|depression|ADHD|bipolar|diabetes|cancer|migraines|insomnia|PTSD|OCD|IBS|a (?:chronic|medical|mental health) condition|panic attacks|sickle cell(?: disease| anaemia| anemia)?|lupus|multiple sclerosis|epilepsy|crohn's|hiv|hepatitis [abc])\b/,
    /\b(?:I|my \w+|she|he) (?:had|has|suffered) (?:a |an |his |her |their |my )?(?:(?:minor|major|mild|small|massive|serious|bad|second|triple|double|quadruple) )?(?:heart attack|bypass|heart bypass|transplant|stroke|seizure|miscarriage|nervous breakdown|panic attack|breakdown)\b/,
    /\bpanic attacks?\b/,
    /\bI(?:'ll| will| am going to|'m going to) need (?:a |an )?(?:[\w-]+ )?(?:surgery|operation|[a-z]+ectomy|procedure|transplant)\b|\brecovering from (?:[\w-]+ )?(?:surgery|an operation)\b/,
    /\bI(?:'ve| have)?(?: got)? (?:a |an |two |my )?(?:bulging|slipped|herniated|prolapsed) discs?\b/,
    // "My dad was admitted to cardiology with a suspected heart attack".
    /\bmy (?:mother|father|mom|mum|dad|son|daughter|child|wife|husband|partner|sister|brother|grandmother|grandfather|grandma|grandpa|gran|nan|parents?) (?:was|were|has been|had been|got) (?:rushed |taken |admitted )?(?:admitted|hospitali[sz]ed|rushed) (?:in)?to (?:hospital|cardiology|a&e|icu|the er|the icu|intensive care|a hospice|the ward)\b/,
    /\bmy (?:mother|father|mom|mum|dad|son|daughter|child|wife|husband|partner|sister|brother|grandmother|grandfather|parents?),? (?:who )?(?:has|had|suffers from|lives with|is living with) (?:[\w-]+ ){0,2}?(?:disease|disorder|syndrome|condition|illness|an?a?emia|epilepsy|diabetes|asthma|dementia)\b|\b(?:in|at) (?:the )?hospital with my (?:mother|father|mom|mum|dad|son|daughter|child|baby|wife|husband|partner|sister|brother|grandmother|grandfather|parents?)\b/,
    /\bmy (?:mother|father|mom|mum|dad|son|daughter|child|wife|husband|partner|sister|brother|grandmother|grandfather|parents?) (?:has|had|was diagnosed with|is fighting|is battling|has been diagnosed with) (?:stage \d |terminal |advanced |aggressive )?(?:[\w-]+ )?(?:cancer|leuka?emia|dementia|alzheimer's|parkinson's|motor neurone disease|MND|ALS)\b/,
    /\bI(?:'m| am|'ve been| have been)? (?:still |currently )?(?:waiting for|waiting on|booked in for|scheduled for|due to have|due for|on the waiting list for) (?:a |an |my |the )?(?:[\w-]+ ){0,3}?(?:operation|surgery|transplant|procedure|biopsy|chemo|treatment)\b/,
    /\b(?:medication|meds|tablets|pills|treatment|dose) for my (?!(?:team|clients?|patients?|customers?|residents?|staff)\b)\w/,
    /\b(?:off work|off sick|signed off|on (?:sick )?leave|been struggling|struggled|diagnosed|being treated) (?:\w+ ){0,2}?(?:with|for) (?:\w+ )?(?:depression|anxiety|stress|burnout|burn-out|a breakdown|cancer|long covid|a bad back|my back|my mental health|PTSD)\b/,
    /(?<!\b(?:men|women|patients|clients|people|residents|whom|who|children|adults|users|prisoners|inmates|animals|dogs|horses) )\bI(?:'ve| have| had|'d)? (?:just |recently |only just )?(?:started|changed|switched|come off|came off|stopped|been put on|gone on|went on) (?:a |my |new |some |a new |different )*(?:(?!(?:our|their|his|her|your|its|the|this|that)\b)[\w-]+ )?(?:medications?|meds|antidepressants|treatment|chemo|tablets|pills)\b(?! (?:plans?|protocols?|pathways?|programmes?|programs?|guidelines|timing|schedules?|regimes?|records|options|costs|reviews?|rounds?|services?|management|safety|audits?|charts?|errors?|reconciliation|administration|trolleys?|polic(?:y|ies)|training|teams?|projects?|systems?|clinics?|checks?|for (?:patients|clients|residents)))/,
    /\bmy (?:mother|father|mom|mum|dad|son|daughter|child|kids?|wife|husband|partner|sister|brother|grandmother|grandfather|grandma|grandpa|gran|nan|parents?|baby|aunt|uncle|niece|nephew|family member|fianc[e\u00e9]e?|boyfriend|girlfriend)(?:'s)? (?:(?:was|is|has been|had been|got|has|had) )?(?:just |recently |newly |suddenly )?(?:diagnosed|hospitali[sz]ed|admitted to (?:the )?hospital|rushed to (?:the )?hospital|in (?:the )?hospital|(?:in|at|rushed to|taken to) (?:the )?(?:A&E|ER|emergency room|emergency department|casualty)|in intensive care|in the ICU|having (?:surgery|chemo|an operation)|on chemo|undergoing|terminally ill|seriously ill|passed away|died)\b/,
    /\b(?:I've|I have|we've|we have|I'd|I had|we'd|we had|I've been|we've been|been) (?:\w+ )?in and out of (?:the )?hospitals?\b/,
    /\bI(?:'ve| have| had|'d|'m| am| was)(?: been| recently| just| currently)? (?:being |undergoing )?(?:treated|in treatment|receiving treatment|treatment) for\b/,
    /\bI(?:'m| am|'ve| have| had|'d| was)(?: just| recently| currently| been| also)? (?:having |undergoing |recovering from |in |on |off work for |off sick for |signed off for |halfway through |in the middle of |part way through |starting |finishing )?(?:(?:a|another|my (?:\w+ )?)(?: round| course| cycle| session| dose)? of )?(?:surgery|an operation|chemo(?:therapy)?|radiotherapy|therapy|a procedure|dialysis|sick leave|medical leave)\b(?! (?:experience|skills|background|patients?|teams?|units?|departments?|wards?|practices?|clinics?|scheduling|nurs\w*|rotations?|centres?|centers?|services?|staff|roles?|positions?|jobs?|sessions for (?:clients|patients)))/,
    /\b(?:(?:my|the) )?(?:new |current )?(?:medications?|meds|pills|antidepressants) (?:make|made|makes|leave|left|give|gave|cause|caused) me\b/,
    // Medical details told indirectly: "my surgeon says", "I had my hip replaced", "I'm on blood thinners".
    /\bmy (?:surgeon|oncologist|cardiologist|endocrinologist|physio|physiotherapist|GP|neurologist|psychiatrist|therapist|obstetrician|rheumatologist|gynaecologist|gynecologist|dermatologist|gastroenterologist|psychologist|counsell?or)\b/,
    /\bmy (?:consultant|specialist|doctor) (?:says|said|has|thinks|wants|told|advised|recommends|recently|switched|changed|put|signed)\b/,
    /\bI(?:'ve| have)(?: had| suffered from| lived with)? (?:chronic |severe |bad |regular |recurring |frequent )?(?:migraines|seizures|epilepsy|asthma|arthritis|eczema|psoriasis|endometriosis|fibromyalgia|lupus|crohn's|colitis|IBS|long covid|panic attacks)\b/,
    /\bI(?:'ve| have)? had (?:my |an? |open-heart |major |minor )?(?:\w+ )?(?:replaced|removed|surgery|operation|transplant|bypass)\b/,
    /\bI(?:'m| am| was|'d been| had been|'ve been| have been)(?: still| now| currently)? (?:adjusting to|getting used to|on|taking|starting|coming off) (?:a |my |some |the )?(?:(?:new |higher |lower |different |stronger )?(?:dose|course|prescription) of )?(?:new |strong |heavy |prescription )?(?:medication|meds|tablets|pills|blood thinners|antidepressants|insulin|steroids|beta blockers|chemo|painkillers|opioids|anti-inflammatories|physio|physiotherapy|antibiotics)\b/,
    // "I'm still in physio twice a week": treatment by its rhythm, not a career in physiotherapy.
    /(?<=\bI(?:'m| am)(?: still| currently| now)? in )physio(?:therapy)? (?:twice|once|three times|every|weekly|each)\b/,
    /\bI(?:'ve| have)? had (?:\w+ ){0,2}?(?:operations?|surger(?:y|ies)|transplants?|procedures?) on my\b/,
    /\bI(?:'m| am) (?:a )?(?:type [12] )?(?:diabetic|epileptic|asthmatic|coeliac|celiac|anaemic|anemic)\b|\bmy blood (?:sugar|pressure|levels?)\b/,
    /\b(?:blood pressure|heart|thyroid|epilepsy|diabetes) (?:tablets|pills|medication|meds)\b|\b(?:on|taking) blood thinners\b/,
    // "up most of the night with an endometriosis flare and was on strong painkillers".
    /\b(?:with|had|having|from) (?:an? |my )?(?:endometriosis|ibs|crohn'?s|colitis|arthritis|lupus|eczema|psoriasis|fibromyalgia|migraine|asthma|gout|sciatica|ms) flare(?:-up)?\b|\b(?:I|and) (?:was|am|'m|had been|have been|'ve been) on (?:strong |heavy |prescription |a lot of )?(?:painkillers|opioids|codeine|morphine|steroids|sleeping (?:tablets|pills)|sleep medication)\b|\bI(?:'d| had) (?:a |an )?(?:root canal|tooth (?:out|pulled|extracted)|wisdom teeth (?:out|removed|pulled)|biopsy|colonoscopy|endoscopy|smear test)\b/,
    /\bafter (?:an? |my )?(?:endometriosis|ibs|crohn'?s|colitis|arthritis|lupus|eczema|psoriasis|fibromyalgia|migraine|asthma|gout|sciatica|ms) flare(?:-up)?\b/,
    // A family member's illness: "I'd been up all night in emergency with my youngest, she has severe asthma".
    /\bmy (?:youngest|eldest|son|daughter|child|kid|baby|little one|wife|husband|partner|mum|mom|dad|mother|father)\b[^.!?\n]{0,40}?\b(?:has|had|have|having) (?:(?:a|an|severe|bad|chronic|another|serious) )*(?:asthma|epilepsy|diabetes|cancer|seizures?|heart condition|leuka?emia|autism|adhd|asthma attack)\b/,
    /\b(?:in|at) (?:the )?(?:emergency|a&e|er|hospital|casualty) with my (?:youngest|eldest|son|daughter|child|kid|baby|little one|wife|husband|partner|mum|mom|dad|mother|father)\b/,
    // "I am having knee surgery in March for a torn ligament".
    /\bI(?:'m| am| will be) (?:having|getting|booked in for|due to have|scheduled for) (?:\w+ )?(?:surgery|an operation|a procedure|chemo|chemotherapy|radiotherapy)\b/,
    /\bI(?:'ve| have)? been in remission\b|\bI(?:'m| am) (?:now |still |currently )?in remission\b/,
    // "I was medically discharged with a lower-back injury, and I still see a pain specialist every month".
    /\bI (?:was|got|had been) medically (?:discharged|retired|boarded|released)\b|\bI (?:still |now |also )?(?:see|visit|attend) (?:a|my) (?:pain|back|spine|spinal|sleep|heart|mental health|fertility|cancer|bowel|kidney) (?:specialist|consultant|clinic|doctor)\b/,
    // "the sumatriptan I take for it", "my IBS flared up", "with my coeliac disease I spent the afternoon".
    /\b(?:the|my) [\w-]+ I (?:take|am taking|'m taking|was taking|have to take) for (?:it|them|my|the (?:pain|migraines?|condition|anxiety|depression|seizures))\b|\bmy (?:[\w'-]+ )?(?:ibs|crohn'?s|colitis|endometriosis|fibromyalgia|arthritis|eczema|psoriasis|asthma|epilepsy|diabetes|migraines?|sciatica|back pain)(?: disease| condition)? (?:flared|flares|was flaring|played up|plays up|acted up|kicked off|got worse)\b|\bwith my (?:coeliac|celiac|crohn'?s|ibs|diabetes|epilepsy|asthma|arthritis|endometriosis|chronic [\w-]+|condition|disability)\b(?! (?:experience|clinic|patients|work|team|service|nursing|care|review|caseload|expertise|knowledge|training|role|research|project|programme|program))/,
    // "I'm on 36mg of methylphenidate", "moved me onto a higher dose of beta blockers".
    /\bI(?:'m| am| was)(?: still| now| currently)? on \d+ ?(?:mg|milligrams?|mcg|ml) of\b|\b(?:moved|put|switched|changed) me (?:on|onto|to) (?:a )?(?:higher|lower|new|different|stronger) (?:dose|medication|tablets|pills)\b|\bbeta[- ]blockers\b/,
    /\b(?:I had|I have|I've had|I got|with) (?:a |an |my )?(?:kidney stones?|gallstones?|slipped disc|hernia|concussion|appendicitis|pneumonia|shingles)\b/,
    /\b(?:breast|bowel|prostate|lung|skin|ovarian|cervical|blood|testicular|thyroid|colon|pancreatic|liver|brain|stomach|kidney|throat) cancer\b(?! (?:screening|trials?|research|charity|services?|units?|ward|nurses?|patients|care|clinics?|teams?|awareness|campaigns?|programmes?|programs?|pathways?|registry|stud(?:y|ies)|drugs?|centres?|centers?|prevention))/,
    /\bI have (?:an? )?(?:overactive|underactive) thyroid\b|\bI have (?:an? )?(?:heart|thyroid|kidney|liver|lung|bowel|autoimmune|chronic) (?:condition|problem|disease|issue|disorder)\b/,
    /\b(?:my|our) (?:\w+ )?mental health\b/,
  ],
  relationships: [
    /\bmy (?:husband|wife|spouse|fianc[e\u00e9]e?|boyfriend|girlfriend|ex-(?:husband|wife)|ex)(?: and I)?\b(?! (?:and I )?(?:also )?(?:works?|worked) (?:at|for|in))(?! (?:competenc\w*|experience|inspections?|certific\w*|zones?|equipment|ratings?|areas?|installations?|tickets?|training|qualifications?|work)\b)/,
    /\bmy (?:divorce|marriage|separation|wedding|annulment)\b(?![ -](?:day timelines?|day plans?|timelines?|run sheets?|checklists?|schedules?)\b)(?! (?:portfolio|work|photography|clients?|business|season|bookings?|planning|flowers|cakes?|orders?|commissions?|jobs?|gigs?|menus?|catering|trade|industry|market|sector|shoots?|films?|videos?|side|packages?|collection|range|dresses|designs?|events?|venues?|team|law|practice|cases?|caseload|counsell?ing|mediation|experience|expertise|budgets?|skills|background|years|customers|couples|stock|arrangements?|styling|decor|ceremon(?:y|ies)))/,
    /\b(?:going through|in the middle of|after|since) (?:a|my) (?:divorce|separation)\b|\b(?:since|after|when|now that|once) the (?:divorce|separation) (?:went through|came through|was finali[sz]ed|was final|is final|is finali[sz]ed)\b/,
    /\b(?:getting|got|just got) (?:married|divorced|engaged)\b/,
    /\b(?:recently|newly|just) (?:married|divorced|separated|widowed)\b/,
    /\bI(?:'m| am) (?:single|married|divorced|separated|widowed)\b/,
    // The writer's own family: not "a single father came to me with £41,000 of debt".
    /\bI(?:'m| am| was|'ve been| have been) (?:now |also )?(?:a )?single (?:mom|mum|mother|dad|father|parent)\b|\bas a single (?:mom|mum|mother|dad|father|parent)\b/,
    // "since my partner and I split up in January"; not "we split up the work".
    /\b(?:my (?:partner|husband|wife|boyfriend|girlfriend|fianc\w*) and I|(?:since|after|when) we) (?:have |had )?(?:split up|broke up|separated|divorced)\b(?! (?:the|our|a|an|into|by|between|it|them|work|tasks)\b)/,
  ],
  family: [
    /\bstart(?:ing)? a family\b/,
    /\b(?:plan(?:ning)?|hoping|hope|trying|want(?:ing)?) to (?:have|start having) (?:a baby|kids|children|another (?:child|baby))\b/,
    /\b(?:I(?:'m| am)|we(?:'re| are)|my (?:wife|partner) is) (?:\w+ ){0,2}?(?:pregnant|expecting)\b(?! (?:to|a (?:decision|call|reply|response|answer|quick)|an? (?:answer|offer|update)|your|the|that|it|some|more|news|results?))/,
    /\b(?:morning sickness|(?:weeks|months) pregnant|my (?:(?!(?:buddy|fellow|colleague|mentor|supervising|supervisor|link|senior|junior|student|lead|preceptor|team|practice|community|specialist|co)\b)\w+ )?(?:trimester|due date|midwife|bump)(?! (?:colleagues?|team|mentors?|role|training|registration|practice|students?|friends?|manager|lead))|baby is due|due to give birth)\b/,
    /\bmy pregnancy\b/,
    /(?<!\b(?:years|months|rounds|cycles|by) of )\btrying to (?:conceive|get pregnant)\b/,
    /\btrying for (?:a baby|a family|kids|children|another (?:baby|child)|our first)\b/,
    /\bexpecting (?:our|a|my) (?:first |second |third |new )?(?:baby|child)\b/,
    // Not "across 900 IVF cycles" at the clinic: the treatment must be the writer's own.
    /\b(?:my|our|I(?:'m| am)?|we(?:'re| are)?|round of|cycle of|middle of|going through|undergoing|starting|doing) (?:[a-z]+ ){0,3}?(?:IVF|fertility treatments?)\b(?! (?:cycles|labs?|laborator\w+|clinics?|patients|programmes?|programs?|services?|units?|nurs\w*|centres?|centers?|outcomes|success|data|team|department|pathway))/,
    // Leave to come; not the reason for a gap already past: "Before my parental leave I ran the relaunch".
    /(?<!\b(?:before|after|since|during|from|returning from|back from|following) )\b(?:my|I will need|I'll need|I'd need|I plan to take) (?:\w+ )?(?:maternity|paternity|parental) leave\b/,
    /\b(?:our|my) (?:baby|first child) is due\b/,
  ],
  money: [
    /(?<!\btechnical debt\b[^]{0,400})\b(?:pay(?:ing)?|paid) (?:off|down) (?:my |our |the |some )?(?:(?!(?:tech|technical|design|code|architectural|platform)\b)[\w\u00a3$\u20ac,.]+ ){0,4}?(?:debts?|loans?|bills|credit cards?|mortgage)\b/,
    /\bthe (?:bank|lender|landlord|bailiffs?|creditors?) (?:is|are|has been|have been|keeps?) (?:pressing|chasing|after|threatening|hounding) (?:me|us)\b/,
    /\b(?:rough|hard|tough|difficult|bad) (?:year|time|few months|patch|spell) (?:with|for) money\b|\bmoney (?:has been|is|'s been|was|had been) (?:\w+ )?(?:tight|short|a struggle|a worry)\b|\bmoney worries\b/,
    /\b(?:my|our) (?:\w+ )?(?:medical|hospital) (?:bills|debt|expenses)\b/,
    /\bmedical debt\b/,
    /\bmy (?:debts?|bills|rent(?![ -](?:roll|book|ledger|reviews?|collection|schedule|arrears process))|mortgage payments?|student loans|credit card debt|credit cards? (?:are|is|were|was)|savings (?:are|is|have|ran))\b(?! (?:arrears )?(?:reminders?|process|processes|collection|team|caseload|polic(?:y|ies)|procedures?|projects?|system|scheme|letters?|recovery|figures|reports?|work))/,
    /\b(?:payments?|months?|weeks?|instal?lments?) behind (?:on|with) (?:my|our|the)\b|\bmaxed[- ]out\b/,
    /\b(?:ran|run|running|racked|racking) up (?:[\w-]+ ){0,3}?(?:debts?|bills|arrears|overdraft)\b|\bcredit[- ]card debts?\b/,
    /\b(?:bailiffs?|debt collectors?|repo men) (?:have|has|had|came|come|keep|kept|are|were|turned up|knocked|called|calling|at)\b/,
    /\b(?:behind on|behind with|struggling with|drowning in|buried in) (?:my |our |the )?(?:[A-Z]{2,5} |housing |car |home |student )?(?:instalments|installments|rent|bills|payments|mortgage|debts?|loans?|repayments|council tax|taxes|tax bill|utilities|car payments?|credit cards?)\b/,
    /\b(?:my|our|I'm in|I am in|I'm having|I am having|we're in|we are in|I've had|I have had|going through|facing) (?:\w+ )?(?:financial|money) (?:troubles?|problems?|difficult(?:y|ies)|hardship|struggles?|stress|worries)\b/,
    /\b(?:I|we) (?:really |desperately |badly )?need (?:this job|the (?:money|income|paycheck)|a (?:paycheck|steady income))\b/,
    /\b(?:I|we) (?:can't|cannot|couldn't|could not) afford\b/,
    // "I'm \u00a32,000 over my overdraft limit", "the bridging loan on our house runs out", "our savings are close to gone".
    /\b(?:over|past|beyond|into|up to) my overdraft\b|\bmy (?:bridging loan|overdraft|payday loans?)\b|\b(?:my|our) savings (?:are|have|were|had)(?: been)? (?:nearly |almost |close to |all but |just about )?(?:gone|run out|used up|spent|exhausted|wiped out)\b/,
    /\bthe (?:bank|lender|landlord|bailiffs?|creditors?|debt collectors?) (?:has|have|had|keeps?|kept)(?: been)? (?:ringing|calling|phoning|writing to|texting|chasing|hounding) (?:me|us)\b/,
    // Surgery to come: "I'm having my gallbladder out on the 14th, and the surgeon says I'll need two weeks".
    /\b(?:having|had|have|getting|got) (?:my |a )?(?:gallbladder|appendix|tonsils|wisdom teeth|cataracts?|womb|uterus|ovaries|ovary|thyroid|kidney stones?|gallstones|hernia|cyst|lump|mole) (?:out|removed|operated on|repaired|done|taken out)\b|\b(?:my |the )?(?:surgeon|consultant|oncologist|specialist|gp|doctor|cardiologist) (?:says|said|has said|told me) (?:I|I'll|I will|I'd|I need|I should|I must)\b/,
    // A condition that flared: "my Crohn's had flared up that week".
    /\bmy (?:endometriosis|ibs|crohn'?s|colitis|arthritis|lupus|eczema|psoriasis|fibromyalgia|migraines?|asthma|gout|sciatica|ms|back|knee|hip) (?:had |has |have )?(?:flared|played up|been playing up)\b/,
    // Insolvency: "I went through a debt relief order myself", "a county court judgment on my credit file".
    /\b(?:went through|am in|was in|have|had|took out|entered|signed) (?:a |an )?(?:debt relief order|individual voluntary arrangement|iva|bankruptcy|debt management plan)\b|\bcounty court judgm?ents? (?:on|against) (?:me|my)\b|\bon my credit (?:file|record|report|history)\b|\bI (?:went|was made|was declared) bankrupt\b/,
    // "I've got £6k on credit cards since my hours got cut".
    /\b(?:I've got|I have got|I have|I've|I owe|I'm carrying|I am carrying) (?:about |around |nearly |over |almost )?[\u00a3$\u20ac]?\d[\d,.]*k? (?:on|in) (?:credit cards?|my credit cards?|loans?|debts?|my overdraft|overdraft)\b|\bmy hours (?:got|were|have been|had been) cut\b/,
    // A business lost and its debts: "My practice went into liquidation last year, I am still repaying a
    // £140,000 personal guarantee, and we have had to put the family home on the market".
    /\bmy (?:practice|business|company|firm|shop|restaurant|salon|caf\w*) went (?:into liquidation|bust|under|bankrupt|into administration)\b|\b(?:I am|I'm|we are|we're) (?:still )?repaying (?:a |my |the |our )?(?:[\w\u00a3$\u20ac,.]+ ){0,3}?(?:personal guarantee|loan|debts?|overdraft)\b|\b(?:put|putting) (?:the|our|my) (?:family )?home on the market\b/,
    // "I have been a widow since last year", "struggling to pay my two children's school fees".
    /\bI(?:'ve| have)? been (?:a )?(?:widow|widower|widowed)\b|\bI(?:'m| am) (?:a )?(?:widow|widower)\b|\b(?:I(?:'m| am| have been|'ve been) )?struggling to (?:pay|afford|meet|cover) (?:my|our)\b/,
    // Fertility treatment in passing: "Between the IVF appointments and the house move".
    /\b(?:between|juggling|around) (?:the |my |our )?(?:IVF|fertility) (?:appointments?|injections|treatment)\b/,
    // Losing one's home: "the bank's repossessing my flat", "sleeping on my sister's couch".
    /\b(?:repossess\w*|evict\w*|foreclos\w*) (?:my|our) (?:flat|house|home|apartment|car|van|truck|place)\b|\b(?:my|our) (?:flat|house|home|apartment|car|van|truck|place) (?:is|was|got|has been|is being|was being) (?:repossessed|foreclosed)\b|\b(?:I(?:'ve| have| had|'d)? been|I'm|I am|I was) (?:\w+ )?(?:sleeping|staying|crashing|kipping) on (?:my |a )?(?:[\w']+ )?(?:couch|sofa|floor)\b|\b(?:I(?:'m| am| was)|we(?:'re| are| were)) (?:\w+ )?(?:homeless|being evicted)\b/,
    /\b(?:I'm|I am|we're|we are) (?:\w+ )?(?:broke|in debt|bankrupt)\b/,
    // "my family is deep in debt after my father's hospital bills": at the rare words, not at "my".
    /(?<=\bmy (?:family|parents|household) (?:is|are|has been|have been) (?:\w+ )?in )debt\b|(?<=\b(?:my|our) (?:\w+'s )?)(?:hospital|medical) bills\b/,
    // Not "my eviction work" or "our bankruptcy practice": the writer's cases.
    /\b(?:my|our|facing|filed for) (?:eviction|foreclosure|bankruptcy)\b(?![ -](?:work|matters?|cases?|caseload|casework|files?|practice|law|clients?|hearings?|defen[cs]e|proceedings|team|unit|desk|portfolio|experience|advice|advisers?|advisors?|prevention|applications?|petitions?|filings?|specialism|clinic|court|list|rota)\b)/,
  ],
} as const satisfies Record<string, readonly RegExp[]>;
