import { interviewerNamePatterns } from '../debrief-facts';
import { defineRule } from '../rule';
import type { ParsedMessage } from '../text/parse-message';
import { lazyRegExp } from '../text/lazy-regexp';
import { readableRegions, wholeSpan } from '../text/regions';
import type { Span } from '../text/span';

/** A role by its title: "the Operations Analyst role" (a lowercase "store operations position" names none). */
const ROLE_PHRASE =
  /\b(?:the|this|your|an?) ((?:[\w&'-]+ ){1,4})(?:role|position|job|opening|post|vacancy|opportunity)\b/gi;
const GENERIC_ROLE_WORDS = new Set(
  // Words of praise name no job either: "It was a good opportunity to learn about your organisation".
  (
    'open new same this that available current posted advertised full-time part-time exciting great wonderful ' +
    'interview job said aforementioned above above-mentioned mentioned applied vacant relevant particular present ' +
    'good very really fantastic amazing excellent brilliant lovely nice fine interesting rewarding challenging ' +
    'perfect ideal valuable real rare unique golden terrific superb incredible useful important big huge genuine such'
  ).split(' '),
);
/** Times of day, which come before a store's or a site's opening. */
const CLOCK_WORD =
  /^(?:\d+(?:[:.]\d+)?|a\.?m\.?|p\.?m\.?|am|pm|morning|evening|early|late|dawn|midnight|noon)$/;
const NOT_IN_A_ROLE_NAME = new Set(
  'and or but for the to of with in at on by my your our their this that a an me you time chance'.split(' '),
);
/**
 * Words that show a sentence is about the job applied for, not a past employer; a wish ("I want to
 * be a technician with Sandhills") points at the employer too.
 */
const TARGET_CUE =
  /\b(?:role|position|opening|job|team|interview|interviewing|join|joining|opportunity|conversation|meeting|visit|tour|company|organi[sz]ation|your|want|keen|love|adore|enjoy|proud|glad|delighted|excited|thrilled|hope|(?:meet|met) you)\b/i;
/**
 * Words that cue nothing about the employer: the writer's own job ("In my current job I have guided
 * groups to Tsavo East") and the interviewer's question ("On your question about campaign results:
 * my launch copy for the Fernhill Brewing range").
 */
const NOT_A_CUE =
  /\b(?:(?:my|our) (?:(?:current|present|previous|last|former|old|first) )?(?:role|position|job|team|company|organi[sz]ation|post)|your (?:question|questions|point|comment|scenario|example)s?)\b/gi;
/** Another employer's offer: "Another store in Delap has already offered me a job" names a rival. */
const OTHER_EMPLOYER =
  /\b(?:another|other|a different|a rival|a competing)\b[^.!?\n]{0,60}?\boffer(?:ed|s)?\b/i;
/** A template slot: "[Name]", "{company}", "<role>". */
const TEMPLATE_SLOT = /[[\]{}<>]/;
/** What comes before the writer's own employer: "in my current role at", "I worked at". */
const OWN_EMPLOYER_BEFORE =
  /\b(?:(?:my|our) (?:current|previous|last|former|old|present) (?:\w+ )?(?:role|job|position|post|employer|company|team|placement|firm|practice)|I (?:currently )?(?:work|worked|am working|was working|have worked)) (?:at|for|with|in)\s+$/i;
/** The writer as the subject right after a place: "at Grantley Care I set up", "at Harlow, we cut". */
const WRITER_AFTER = /^,?\s+(?:I|we)\s/;
/**
 * Words that put a name in relation to the job: "at", "join", "with", "for"..., and the role joined
 * as ("I would be glad to join your office as Payroll Clerk").
 */
const NAME_RELATION_BEFORE =
  /\b(?:(?:at|with|join|joining|for|to|into|about)\s+(?:the\s+)?|(?:join|joining)\s+(?:you|us|(?:your|the)\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+as\s+(?:an?\s+|the\s+)?)$/i;
// Not a town to live in: "Longyearbyen is where I want to live".
const NAME_RELATION_AFTER =
  /^(?:'s?\b|\s+(?:team|role|position|job|post|office|offices|studio|site|store|shop|kitchen|lab|clinic|practice|group|department|(?:is|are)(?! where (?:I|we|my family)\b[^.!?]{0,25}?\b(?:live|settle|stay|raise|move|belong|home)\b)|has|sounds|seems|looks|would))/i;
/** Capitalized words that name nothing in particular. */
const COMMON_CAPS = new Set(
  (
    'I Im Ive Id Ill Thank Thanks Hi Hello Dear Subject Best Regards Sincerely Kind Warm Mr Mrs Ms Dr Prof Monday Tuesday Wednesday ' +
    'Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'CEO CFO CTO COO VP HR KPI KPIs SQL CRM ERP API AI IT PM AM US UK EU ROI OK TBD Q1 Q2 Q3 Q4 English ' +
    // Functions and departments: "your QA team" names no company.
    'QA QC UX UI ML BI SRE PR SEO CX GIS ICU NICU EHS HSE DevOps Ops ' +
    // Job titles shortened: "talk it through with the GPs" names no practice.
    'GP GPs MD MDs RN RNs HCA HCAs TA TAs SENCO CFOs CEOs ' +
    // Continents and regions: "grow its sales to Asia" names no employer.
    'Asia Europe Africa America Americas Australia Oceania Arctic Antarctica EMEA APAC LATAM Gulf Caribbean Scandinavia Balkans'
  ).split(' '),
);
// Only reached when the greeting names no one: made on first use (see `lazy-regexp.ts`).
// A run of capitalized words ("City & Guilds", "Harbor Crest Realty") is one name.
const CAPITALIZED = lazyRegExp(
  () => /(?<![\p{L}\p{N}'[{<])\p{Lu}[\p{L}\p{N}&'-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{N}&'-]*)*/gu,
);

export const missingPersonalization = defineRule({
  id: 'missing-personalization',
  severity: 'warning',
  kinds: ['email', 'letter'],
  skipPurposes: [],
  message:
    'The message names neither the interviewer nor the role or company, so it reads like a form letter.',
  suggestion: 'Greet the interviewer by name and mention the role and the company.',
  doc: {
    firesWhen:
      'An email or letter names neither the interviewer (in the greeting) nor the role or company; with a debrief as context, when it does not name the debrief’s interviewer.',
    why: 'Seed 000’s email addresses the interviewer by name and names the role, the company and something specific from the conversation; a generic note shows none of the attention the recovery is meant to prove.',
    seeds: ['000'],
    bad: 'Dear Hiring Manager,\n\nThank you for meeting with me about the position.',
    good: 'Dear Ms. Osei,\n\nThank you for meeting with me about the Lab Coordinator position at Brightwater Clinic.',
  },
  check: ({ message: m, debrief }) => {
    const where = m.greeting ?? firstLineSpan(m);
    if (debrief) {
      const patterns = interviewerNamePatterns(debrief.interviewer.name);
      const regions = readableRegions(m);
      const named = patterns.some((p) => regions.some((r) => p.test(m.norm.slice(r.start, r.end))));
      return named
        ? []
        : [
            {
              ...where,
              message: `The message never names your interviewer, ${debrief.interviewer.name}. Greet them by name.`,
            },
          ];
    }
    // "Dear [Hiring Manager]," is a slot left in a template: it names no one.
    if (m.greeting?.name && !TEMPLATE_SLOT.test(m.greeting.name)) return [];
    return namesRoleOrCompany(m) ? [] : [where];
  },
});

function namesRoleOrCompany(m: ParsedMessage): boolean {
  const regions = m.subject ? [m.subject, m.prose] : [m.prose];
  for (const r of regions) {
    const slice = m.norm.slice(r.start, r.end);
    ROLE_PHRASE.lastIndex = 0;
    for (let x = ROLE_PHRASE.exec(slice); x !== null; x = ROLE_PHRASE.exec(slice)) {
      const words = (x[1] ?? '').trim().toLowerCase().split(/\s+/);
      // "your time and for the opportunity" runs across a clause: a role's name has no such words.
      if (words.some((w) => NOT_IN_A_ROLE_NAME.has(w))) continue;
      // "before the 7 am opening" is a shop's opening time, not a vacancy.
      if (x[0].toLowerCase().endsWith('opening') && words.some((w) => CLOCK_WORD.test(w))) continue;
      // A role is named by its title: "the Lettings Negotiator role", not "the outdoor crew position"
      // or "a management position" (three blind writers read lowercase ones as naming no role, and
      // no labelled clean note relies on one).
      if (!/[A-Z]/.test(x[1] ?? '')) continue;
      if (words.some((w) => !GENERIC_ROLE_WORDS.has(w))) return true;
    }
  }
  // Subjects are often in title case, so only the prose is searched for proper nouns. A name the
  // writer calls their own anywhere ("my Hydrogen Futures summit") is theirs everywhere.
  const ownNames = namesOwnedByWriter(m);
  return m.sentences.some((s) => {
    const sentence = m.norm.slice(s.start, s.end);
    if (!TARGET_CUE.test(sentence.replace(NOT_A_CUE, '')) || OTHER_EMPLOYER.test(sentence)) return false;
    const capitalized = CAPITALIZED();
    capitalized.lastIndex = 0;
    for (let c = capitalized.exec(sentence); c !== null; c = capitalized.exec(sentence)) {
      // The writer's own things and employers name no one the note is for (`namesOwnedByWriter`
      // has already read every run of the prose with what stands before it).
      if (ownNames.has(c[0])) continue;
      const before = sentence.slice(Math.max(0, c.index - 40), c.index);
      if (isInsideSlot(sentence, c.index)) continue;
      const words = c[0].split(/[ \t&]+/).filter(Boolean);
      // A sentence's first word is capitalized anyway.
      if (c.index === 0 || /^[\s"'(]*$/.test(sentence.slice(0, c.index))) words.shift();
      if (!words.some((w) => !COMMON_CAPS.has(w.replace(/['\u2019]s$/, '').replace(/['.]/g, '')))) continue;
      // A name the note is addressed to stands in a relation: "at Lumen", "join Harbor Crest",
      // "Fernhill's plans", "the Kestrel team"; "the Halcyon case study" names a past client.
      const after = sentence.slice(c.index + c[0].length, c.index + c[0].length + 40);
      // "at Grantley Care I set up a huddle": where the writer did the work, not the employer written
      // to (a run of capitals takes the "I" along).
      if (WRITER_AFTER.test(after) || /\sI$/.test(c[0])) continue;
      // "from LKR 38 million to LKR 4 million": a currency before its amount.
      if (/^\s?\d/.test(after)) continue;
      if (NAME_RELATION_BEFORE.test(before) || NAME_RELATION_AFTER.test(after)) return true;
    }
    return false;
  });
}

function firstLineSpan(m: ParsedMessage): Span {
  const start = m.prose.end > m.prose.start ? m.prose.start : wholeSpan(m).start;
  const nl = m.norm.indexOf('\n', start);
  const end = nl === -1 ? Math.max(start, m.norm.trimEnd().length) : nl;
  return { start, end };
}

/** True when `index` sits inside an unclosed "[", "{" or "<" of the sentence: "[Company Name]". */
function isInsideSlot(sentence: string, index: number): boolean {
  // A slot is a few words long; looking further back would make long sentences quadratic.
  const before = sentence.slice(Math.max(0, index - 60), index);
  return (
    before.lastIndexOf('[') > before.lastIndexOf(']') ||
    before.lastIndexOf('{') > before.lastIndexOf('}') ||
    before.lastIndexOf('<') > before.lastIndexOf('>')
  );
}

/** "my City & Guilds certificates", "in my current role at Fieldcrest": the writer's own. */
function isOwnedBefore(before: string): boolean {
  return /\b(?:my|our)\s+$/i.test(before) || OWN_EMPLOYER_BEFORE.test(before);
}

/** The capitalized names the writer calls their own somewhere in the prose. */
function namesOwnedByWriter(m: ParsedMessage): Set<string> {
  const owned = new Set<string>();
  const prose = m.norm.slice(m.prose.start, m.prose.end);
  const capitalized = CAPITALIZED();
  capitalized.lastIndex = 0;
  for (let c = capitalized.exec(prose); c !== null; c = capitalized.exec(prose)) {
    if (isOwnedBefore(prose.slice(Math.max(0, c.index - 40), c.index))) owned.add(c[0]);
  }
  return owned;
}
