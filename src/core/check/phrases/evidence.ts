/** Number words that count as evidence when the same sentence reports a result. */
export const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|a third|a quarter|half|two-thirds|three-quarters|twice)\b/i;

/** Verbs and phrases that report a result. */
export const RESULT_WORDS =
  /\b(?:cut|cutting|reduc\w*|increas\w*|grew|grow\w*|rais\w*|rose|fell|dropp\w*|sav\w*|improv\w*|boost\w*|lower\w*|shorten\w*|doubl\w*|tripl\w*|halv\w*|climb\w*|jump\w*|went from|early|ahead of|under budget|on budget|on time|faster|fewer|won|generat\w*|deliver\w*|finish\w*|completed|eliminat\w*|decreas\w*|shrank|sped up|lifted|trimmed|recovered|closed|signed|secured|returned|passed|launched|went live|handed over|on schedule|on the original date|record|approved|adopted|awarded|shortlisted|nominated|published|featured|rolled out|opened|first time|sold out|renewed|retained|shipped|released|same day|same-day|kept|scored|beat|exceeded|without (?:a |an |any |one )?(?:single )?(?:[\w-]+ ){0,2}(?:stop|stoppage|failure|incident|complaint|accident|injury|defect|breakdown|outage|callback|error|loss|return|reject)s?|(?<!\b(?:start|started|join|available|begin|reply|respond|send|relocate|move|notice|hear back)(?: \w+)? )within|went down|went up|came down|(?:down|up) from|exceeding|outperform\w*|outsold|topped|ranked|overcame|overcome|granted|best[- ]?sell\w*|highest|lowest|(?:above|below) (?:the |our |its )?(?:original|target|plan|forecast|average|benchmark|budget|baseline))\b/i;

/** Results that are evidence on their own; a change in words ("from eight days to four") among them. */
export const STANDALONE_RESULTS =
  /\b(?:zero (?:[\w-]+ )?(?:non-conformit\w*|defects?|errors?|incidents?|injuries|accidents?|complaints?|findings?|failures?|downtime|callbacks?|rejects?|breaches?|losses|returns)|doubled|tripled|quadrupled|halved|cut in half|percent|per cent|ahead of schedule|under budget|(?:twice|three times|four times|five times|ten times|half) as (?:fast|many|much|quickly|often|large|big|long)|(?:two|three|four|five|ten)(?:-fold| times) (?:faster|more|fewer|less|higher|lower|increase|reduction)|(?:won|earned|received|picked up|took home|was awarded|were awarded|was shortlisted for|was nominated for) (?:\w+ ){0,5}?(?:award|awards|prize|medal|grant|trophy|accolade|commendation)|(?:released|resolved|fixed|closed|sorted|cleared|settled|approved|signed off|issued|restored|repaired|turned around|processed|rehoused|reconnected|discharged) (?:[\w'-]+ ){0,4}?(?:the|that) same (?:day|afternoon|morning|evening|night|shift)|(?<=\bfrom )(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty) (?:[\w-]+ ){0,2}?(?:down |up )?to (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty))\b/i;

/**
 * A count in words that measures the work: a length of service ("three winters with no incidents",
 * "six years at a timber yard"), a rate ("up to twelve anaesthetics a day") or the people one
 * trained or led ("trained three new nurses"). Writers count these as concrete numbers, as they
 * count "8 years"; "two clients I have worked with" or "Primary Three" measure nothing.
 */
export const COUNTS_IN_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred) (?:full |straight |busy |long )?(?:years|seasons|winters|summers|decades|months(?! ago\b))\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred) (?:[\w-]+ ){1,2}?(?:a|per|each|every) (?:day|week|shift|night|month|year|season|morning|evening)\b|\b(?:trained|managed|supervised|led|mentored|coached|hired|onboarded|taught|oversaw|looked after|cared for) (?:up to |over |more than |nearly |almost )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)\b/i;

/** A named project ("the Riverside Library renovation", "Project Atlas"); case-sensitive. */
export const NAMED_PROJECT =
  /(?:\b(?:[Tt]he|[Oo]ur|[Mm]y|[Aa]|[Tt]his|[Tt]hat) (?:[A-Z][\w&'-]*\s+){1,4}(?:[a-z][\w-]*\s+){0,2}?(?:project|migration|launch|rollout|redesign|renovation|program|programme|campaign|initiative|app|platform|system|study|pilot|integration|upgrade|implementation|conversion|audit|build|expansion|merger|documentary|film|series|sequence|show|exhibition|report|book|product|feature|tool|dashboard|website|site|store|menu|event|festival|conference|course|curriculum|scheme|plan|strategy|process|model|partnership|account|contract|bid|tender|proposal|release|game|album|brand|rebrand|relaunch|deal|trial|survey|overhaul|refurbishment|fit-out|building|bridge|tower|library|centre|center|line|plant|warehouse|newsletter|podcast|exhibit|collection|menu|season)s?\b|\bProject [A-Z][\w-]+)/;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Digits and what follows them: the rule drops dates, times, years and phone numbers. */
// With the currency letters written before a figure: "R186,000", "Rs 40,000", "KSh 2.1m", Malawi's
// "MK85,000", Zambia's "K4,500", Ghana's "GH\u20b5300", the peso's "\u20b1", the taka's "Tk".
export const NUMBER_TOKEN =
  /(?<![\p{L}\p{N}.,:])(?:[$\u20ac\u00a3\u00a5\u20b9\u20a6\u20b1\u20b5\u09f3]|R|Rs\.? ?|KSh ?|RM|MK ?|K|GH(?:S|\u20b5) ?|TSh ?|USh ?|UGX ?|KES ?|PKR ?|NPR ?|Rp ?|Tk ?|[ACS]\$|NZ\$|US\$|HK\$)?\d[\d,]*(?:\.\d+)?/gu;
export const NOT_EVIDENCE_AFTER = new RegExp(
  `^(?::\\d|\\s?(?:a\\.?m\\b|p\\.?m\\b)|(?:st|nd|rd|th)\\b|/\\d|\\s(?:${MONTHS})\\b|-\\d{2}-)`,
  'i',
);
export const NOT_EVIDENCE_BEFORE = new RegExp(
  `(?:(?:\\b(?:${MONTHS})\\.?\\s)|\\d[-.:/]|\\+\\d{1,3}[\\s-]|\\(\\d{3}\\)\\s?|\\+|\\bQ|\\broom\\s|\\bno\\.\\s?|#)$`,
  'i',
);
