import type { MessageKind } from '../kinds';
import { lazyRegExp } from './lazy-regexp';
import { compileToMachineCode } from './machine-code';
import { foldTypography } from './normalize';
import { tokenize, type Tokens } from './tokens';
import { splitBlocks, splitSentences } from './sentences';
import { countWords, trimSpan, type Span } from './span';

/** A message taken apart into the pieces the rules talk about. All spans index into `text`. */
export type ParsedMessage = {
  /** The message as given. */
  text: string;
  /** `text` with typographic quotes and dashes folded to ASCII: same length, so offsets agree. */
  norm: string;
  kind: MessageKind;
  /** The `Subject:` line, when the email starts with one; `value` is what follows the colon. */
  subject: (Span & { value: string }) | null;
  /** The greeting line (`Hi Dana,`); `name` is who it addresses, or null for a generic greeting. */
  greeting: (Span & { name: string | null }) | null;
  /** The valediction and the lines after it (`Best regards,` + name, title, phone). */
  signOff: (Span & { valediction: string | null }) | null;
  /** A one-sentence courtesy paragraph just before the sign-off ("Thank you again."). */
  closing: Span | null;
  /** What the reader reads: after the subject and greeting, before the closing and sign-off. */
  body: Span;
  /** `body` plus the closing line: where thanks, interest and next steps are looked for. */
  prose: Span;
  paragraphs: Span[];
  /** The sentences of `prose`. */
  sentences: Span[];
  /** Words in `body`. */
  words: number;
  /** The word tokens of `norm`, for phrase matching. */
  tokens: Tokens;
};

const SUBJECT = /^\uFEFF?[ \t]*subject[ \t]*:[ \t]*(.*)$/i;
/** A first name typed in lowercase on a line of its own: "ines", "- jo". */
const LOWERCASE_NAME = /^[ \t]*(?:[-\u2013\u2014~]+[ \t]*)?[a-z][a-z'-]{1,19}[ \t]*$/;
/** The salutations a letter's header can come before. */
const LETTER_SALUTATION = /^(?:dear|dearest|to whom it may concern|respected)\b/i;
// The comma after the greeting word stays out of the name: "Hi, Dana," addresses "Dana". Not `\b`
// after the word: without the u flag it never holds after "Olá"'s accented letter.
const SALUTATION =
  /^[ \t]*(?:(?:hi|hello|hey|hiya|dear|dearest|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|howdy|hallo|hola|bonjour|salut|ciao|namaste|kia ora|dzie[n\u0144] dobry|bun[a\u0103] ziua|tere|ahoj|hei|moi|sveiki|labas|zdravo|merhaba|jambo|habari|buen(?:os|as) (?:d[i\u00ed]as|tardes|noches)|buen d[i\u00ed]a|bula(?: vinaka)?|ni sa bula(?: vinaka)?|bom dia|boa tarde|buongiorno|guten (?:tag|morgen)|t[e\u0113]n[a\u0101] koe|t[e\u0113]n[a\u0101] koutou|g'day|gday|respected|sehr geehrte[rs]?|estimad[oa]s?|car[oa]|prezad[oa]s?|querid[oa]s?|ol[a\u00e1]|hej|moin|talofa(?: lava)?|kia orana|ia ora na|iakwe|aloha|mingalaba|sawubona|dumela|salaa?m(?: (?:alaikum|aleikum|alaykum))?|as-?salaam?u? ?alaikum|assalamualaikum|selamat (?:pagi|siang|sore|malam)|k[au]musta(?: po)?|mabuhay|namaskar|vanakkam|shalom|marhaba|ahlan|zdravstvuyte|privet|hall\u00e5|servus|yasou|kalimera|kuzuzangpo(?: la)?|tashi delek|salamatsyzby|sabai ?dee|assalomu alaykum|m[a\u0101]l[o\u014d] e lelei|gamarjoba|barev|sain bainuu|salve|konnichiwa|annyeong(?:haseyo)?|ni hao|xin ch[a\u00e0]o|saw[a\u00e1]s?d(?:ee|i)(?: (?:ka|krub|khrap))?|selam|sannu|bawo|kedu|akwaaba|mbote|muraho|halo|kaixo|kaselehlie|mauri|bonjou|bon dia|aluu|ullaakkut|sat sri akal|dobr[\u00fdy] de[n\u0148]|zdraveyte|zdravstvuite|p[e\u00eb]rsh[e\u00eb]ndetje|e nderuar|i nderuar|tisztelt|kedves|j\u00f3 napot|szia|h[o\u00f6]rm[\u0259e]tli|salam aleykum|dobar dan|dobro jutro|po\u0161tovani|po\u0161tovana|po\u0161tovanje|pozdrav|pozdravljeni|beste|geachte)(?![a-z0-9_])[ \t,]*(.*?)|to whom it may concern)[ \t]*[,:;!.-]*[ \t]*$/i;
// A name alone, then a comma or a dash ("Dana,", "Ms. Carter —"). Rarely reached: made on first use
// (see `lazy-regexp.ts`).
const BARE_NAME = lazyRegExp(
  () => /^[ \t]*(\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,2})[ \t]*(?:,|[-\u2013\u2014]{1,2})[ \t]*$/u,
);
// A greeting in words we do not know, then a first name, on a short line of its own before more
// lines: "Bore da Gethin,", "Kia ora Mere,". Not a closing ("Thanks again Gethin,").
const UNKNOWN_GREETING_WITH_NAME = lazyRegExp(
  () =>
    /^[ \t]*(?!(?:[Tt]hanks|[Tt]hank|[Cc]heers|[Rr]egards|[Bb]est|[Ll]ove|[Yy]ours|[Ss]ee|[Tt]alk|[Ss]peak)\b)\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}[\p{Ll}'\u2019-]*){1,2}[ \t]+(\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Ll}{2,6})?)[ \t]*,[ \t]*$/u,
);
// A greeting in words we do not know, a comma, then a name and patronymic or a name and an
// honorific: "Zdravstvuyte, Bakyt Asanovich,", "Salamatsyzby, Gulnara eje,". Not a closing ("Thanks
// again, Dana,").
const UNKNOWN_GREETING_COMMA_NAME = lazyRegExp(
  () =>
    /^[ \t]*(?!(?:[Tt]hanks|[Tt]hank|[Cc]heers|[Rr]egards|[Bb]est|[Ll]ove|[Yy]ours|[Ss]ee|[Tt]alk|[Ss]peak)\b)\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}[\p{Ll}'\u2019-]*){0,2},[ \t]+(\p{Lu}[\p{Ll}'-]+(?:[ \t]+\p{Lu}[\p{Ll}'-]+|[ \t]+\p{Ll}{2,6})?)[ \t]*,[ \t]*$/u,
);
// A greeting in words we do not know, then a title and a name: "Malo e lelei Mr. Fifita,", "Selamat
// siang Pak Hendra,", "Kuzuzangpo la, Madam Dechen,", "Dobrý deň, pani Horváthová," (some languages
// write the title in lowercase); not "Thanks again Mr. Fifita,", a closing.
const UNKNOWN_GREETING_WITH_TITLE = lazyRegExp(
  () =>
    /^[ \t]*(?!(?:[Tt]hanks|[Tt]hank|[Cc]heers|[Rr]egards|[Bb]est)\b)(?:\p{L}[\p{L}'\u2019-]*,?[ \t]+){1,3}((?:Mr|Mrs|Ms|Mx|Dr|Prof|[Pp]rofessor|Sir|Madam|[Mm]adame|Chef|Coach|Captain|Mister|Miss|Pak|Bapak|Bu|Ibu|Encik|Puan|Tuan|Cik|Khun|Shri|Smt|Herr|Frau|Sr|Sra|Don|Do\u00f1a|Brother|Sister|Pastor|Father|Ma'am|Mzee|Kuya|Ate|Lok|Daw|Auntie|Aunty|Uncle|Ing|Lic|Licda|Licdo|Arq|Eng|Engr|Srta|Mme|Mlle|Rev|Revd|Capt|Hon|Cllr|Dra|[Mm]onsieur|Mademoiselle|[Ss]e\u00f1or|[Ss]e\u00f1ora|Se\u00f1orita|[Ss]enhor|[Ss]enhora|[Ss]ignor|[Ss]ignora|Meneer|Mevrouw|[Pp]an|[Pp]ani|[Pp]anie|pane|pan\u00ed|[Pp]\u00e1n|gospodine|gospo\u0111o|doamn\u0103|doamna|domnule|professora)\.?(?:[ \t]+\p{Ll}+)?[ \t]+\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,2})[ \t]*,[ \t]*$/u,
);
// Built from parts so that every combination people use is a sign-off: "With kind regards",
// "Warmest wishes", "Thanks and best regards", "Yours respectfully", "All my best", and closings in
// other languages that people write with no comma at the end ("Nāku noa, nā", "Mit freundlichen Grüßen").
const VALEDICTION_ADJECTIVES =
  '(?:(?:very |most )?(?:best|kind|kindest|warm|warmest|sincere|sincerest|many|respectful|heartfelt|fond|cordial|friendly|grateful|good|all (?:my|the) best and|kind and warm|warm and kind) )';
const VALEDICTION_NOUNS = '(?:regards|wishes|thanks|greetings|respects)';
const VALEDICTION_BASE = `(?:(?:(?:thanks|thank you|many thanks)(?: again)? (?:and|&) )?(?:with )?${VALEDICTION_ADJECTIVES}?${VALEDICTION_NOUNS}|(?:very )?best|all (?:the|my) best|my best|warmly|(?:many )?thanks(?: again| so much| once again| very much| a lot)?|thank you(?: again| so much| once again| very much| kindly)?|with (?:thanks|many thanks|gratitude|appreciation|sincere thanks|respect|best wishes)|gratefully(?: yours)?|appreciatively|sincerely(?: yours)?|(?:yours )?(?:sincerely|truly|faithfully|respectfully|cordially|gratefully)|very respectfully(?: yours)?|v/r|respectfully(?: yours)?|cordially(?: yours)?|cheers|take care|best of luck|good luck|x|xo|xox|xoxo|xx|love|hugs|warmest|talk soon|speak soon|be well|yours|much appreciated|all best|have a (?:great|good|nice|lovely|wonderful) (?:day|week|weekend|evening)|god bless(?: you)?|(?:stay |be )?blessed|blessings|stay safe|looking forward(?: to (?:hearing from you|speaking with you|it))?|n[a\u0101]ku noa,? n[a\u0101]|\u00a1?pura vida|ng[a\u0101] mihi(?: nui)?|mit (?:freundlichen|besten|herzlichen) gr(?:\u00fc|ue)(?:\u00df|ss)en|(?:viele|liebe|freundliche|beste|herzliche) gr(?:\u00fc|ue)(?:\u00df|ss)e|met vriendelijke groet(?:en)?|cordialement|atentamente|atte|(?:un )?saludos?(?: cordiales)?|(?:muchas |mil )?gracias(?: (?:y|por) [a-z\u00e0-\u00ff' ]{1,45})?|cordiali saluti|distinti saluti|atenciosamente|pozdrawiam|s pozdravem|(?:med )?v\u00e4nliga h\u00e4lsningar|hope to (?:speak|talk|hear from you) soon|until (?:then|soon))`;
// One phrase at a time, on lowercased text: V8 compiles this in a few ms, where one case-insensitive
// pattern for the whole line (the phrase twice over, for "Best wishes and thanks") cost ~90 ms on
// first use, in every `rebound check` process.
const VALEDICTION_PHRASE = new RegExp(`^${VALEDICTION_BASE}$`);
/** Titles written with a full stop, so "Dear Capt. Okonjo," is still one greeting. */
const TITLE_ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|Capt|Cpt|Rev|Revd|Fr|Col|Lt|Gen|Maj|Sgt|Cdr|Adm|Hon|Cllr|Insp|Supt|Sen|Gov|Rep|Amb|Coach|Eng|Engr|Arch|Atty|Pr|Mme|Mlle|Sra|Srta|Sig|Dott\.ssa|Dott|Ing|Mag|Bro|Sis|Dra|Drs|M|Hr|Sgr|Sgra|Lic|Licda|Licdo|Arq|Mtro|Mtra|Bpk|Tn|Pn|Bi|Bw|Dipl|Pharm|Barr|Arc|Surv|Chief|Alh|Alhaji)\./g;
/**
 * One to six words and a comma or an exclamation mark on a line of their own ("Slán,", "Go raibh
 * maith agat,", "'Ofa atu,", "Gamsahamnida!", "Lights, camera, action,"); a word may start with an
 * apostrophe (Tongan's glottal stop).
 */
const UNKNOWN_VALEDICTION = /^[ \t]*'?\p{L}[\p{L}'’-]*(?:,? '?\p{L}[\p{L}'’-]*){0,5}[,!][ \t]*$/u;
let isValedictionCompiled = false;
// "Best wishes and thanks", "¡Pura vida y muchas gracias!".
const PHRASE_JOINER = /,? (?:and|&|y|e|et|und) /g;
// The name after "Best," on one line, and a lone name line: both rarely reached, made on first use.
// Names may hold lowercase particles: "Joost van Dijk", "María de la Cruz", "Melissa anak Jimbun".
const NAME_PARTICLE =
  '(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|binti|bte|anak|ibn|bint|al|el|dos|das|ten|ter|y|zu|a/l|a/p)';
// Letters after a name: "Teresa Villaseñor, P.E.", "Renata Kowalczyk, P.Eng.", "Sam Lee, CPA, MBA".
const POST_NOMINAL = ',[ \\t]*\\p{Lu}[\\p{L}.]{0,7}';
const POST_NOMINALS = `(?:${POST_NOMINAL}){0,3}`;
const ENDS_IN_POST_NOMINAL = lazyRegExp(() => new RegExp(`${POST_NOMINAL}$`, 'u'));
const SIGNATURE_NAME = lazyRegExp(
  () =>
    new RegExp(
      `^\\p{Lu}[\\p{L}'.-]*(?:[ \\t]+${NAME_PARTICLE})*(?:[ \\t]+\\p{Lu}[\\p{L}'.-]*(?:[ \\t]+${NAME_PARTICLE})*){0,3}${POST_NOMINALS}[ \\t]*$`,
      'u',
    ),
);
const NAME_LINE = lazyRegExp(
  () =>
    new RegExp(
      `^[ \\t]*(?:[-\\u2013\\u2014~]+[ \\t]*)?[\\p{Lu}[][\\p{L}'.\\]-]*(?:[ \\t]+${NAME_PARTICLE})*(?:[ \\t]+[\\p{Lu}[(][\\p{L}'.\\])-]*(?:[ \\t]+${NAME_PARTICLE})*){0,3}${POST_NOMINALS}[ \\t]*$`,
      'u',
    ),
);
const CLOSING =
  /^(?:(?:once )?again,? )?(?:thank|thanks|many thanks|i look forward|looking forward|i hope to hear|hope to hear|i hope to speak|hope to speak|talk soon|have a (?:great|good|nice|wonderful)|all the best|i appreciate your (?:time|consideration))/i;

/** Words that make a greeting generic: it names no one ("Dear Hiring Manager", "Hi there"). */
const GENERIC_ADDRESSEE = new Set(
  (
    'hiring manager managers team teams committee sir sirs madam madame or and all there everyone everybody recruiter ' +
    'recruiters recruiting talent acquisition search selection panel folks friends colleagues whom it may concern the ' +
    'members of department hr human resources people interview interviewers to hiring-manager mr ms mrs dr ' +
    'recruitment careers staffing personnel manager director officer coordinator principal head partners board ' +
    'office admissions applications vacancies appointments employer employers dear sirs ' +
    // "Estimados señores", "Prezados senhores", "Messieurs", "Sehr geehrte Damen und Herren",
    // "Tisztelt Hölgyem/Uram", "Tisztelt Bizottság".
    'señores senores señor senor señora senora señoras senhores senhor senhora senhoras messieurs monsieur mesdames madame damen herren und y e et ' +
    'hölgyem uram hölgyeim uraim bizottság ' +
    // The kind of place, before a generic title: "Dear Practice Manager", "Dear Store Manager".
    'practice clinic surgery school store shop site branch unit ward nursery salon hotel restaurant kitchen depot ' +
    'warehouse garage studio agency firm company bank council trust charity academy college hospital centre center library'
  ).split(' '),
);

type Line = Span & { content: string };

/**
 * Takes a message apart: optional `Subject:` first line, greeting line, body paragraphs, closing
 * courtesy line and sign-off block. Calls have no subject, greeting line or sign-off.
 *
 * @example
 * parseMessage('Subject: Thanks\n\nHi Dana,\n\nThank you.\n\nBest,\nSam', 'email').greeting?.name; // "Dana"
 */
export function parseMessage(text: string, kind: MessageKind): ParsedMessage {
  const norm = foldTypography(text);
  const lines = splitLines(norm);
  const nonBlank = lines.filter((l) => l.content.trim() !== '');
  let bodyStart = 0;
  let bodyEnd = norm.length;
  let subject: ParsedMessage['subject'] = null;
  let greeting: ParsedMessage['greeting'] = null;
  let signOff: ParsedMessage['signOff'] = null;
  let closing: Span | null = null;

  let next = 0;
  const first = nonBlank[0];
  const subjectMatch = first ? SUBJECT.exec(first.content) : null;
  if (first && subjectMatch) {
    subject = { start: first.start, end: first.end, value: (subjectMatch[1] ?? '').trim() };
    bodyStart = first.end;
    next = 1;
  }
  const candidate = nonBlank[next];
  if (kind !== 'call' && candidate) {
    const following = nonBlank[next + 1];
    let name = greetingName(candidate.content, nonBlank.length > next + 1);
    // Greetings in words no list holds: a short line of its own, with a comma, before a blank line.
    if (name === undefined && following && isBlankLineBetween(norm, candidate.end, following.start))
      name = shortGreetingName(candidate.content);
    if (name !== undefined) {
      greeting = { ...trimSpan(norm, candidate), name };
      bodyStart = candidate.end;
    } else if (kind === 'letter') {
      // A letter may open with the addresses and the date; its salutation follows them.
      const salutation = salutationAfterHeader(nonBlank, next);
      if (salutation) {
        const line = nonBlank[salutation.at]!;
        greeting = { ...trimSpan(norm, line), name: salutation.name };
        bodyStart = line.end;
        next = salutation.at;
      }
    }
  }

  if (kind !== 'call') {
    signOff = findSignOff(norm, nonBlank, greeting ? next + 1 : next);
    if (signOff) bodyEnd = Math.max(bodyStart, signOff.start);
  }
  const prose = trimSpan(norm, { start: bodyStart, end: bodyEnd });
  let paragraphs = splitBlocks(norm, prose);
  const last = paragraphs[paragraphs.length - 1];
  if (signOff && last && paragraphs.length > 1 && isClosingLine(norm, last)) {
    closing = last;
    paragraphs = paragraphs.slice(0, -1);
  }
  const body = closing ? trimSpan(norm, { start: prose.start, end: closing.start }) : prose;
  return {
    text,
    norm,
    kind,
    subject,
    greeting,
    signOff,
    closing,
    body,
    prose,
    paragraphs,
    sentences: splitSentences(norm, prose),
    words: countWords(norm, body),
    tokens: tokenize(norm),
  };
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const content = text.slice(start, end).replace(/\r$/, '');
    out.push({ start, end: start + content.length, content });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/**
 * The name a greeting line addresses: a string, null for a generic greeting, or undefined when the
 * line is no greeting at all.
 */
function greetingName(line: string, hasMore: boolean): string | null | undefined {
  if (line.length > 90) return undefined;
  const m = SALUTATION.exec(line);
  let raw: string | undefined;
  if (m) raw = (m[1] ?? '').trim();
  else {
    const bare = hasMore
      ? (BARE_NAME().exec(line) ??
        UNKNOWN_GREETING_WITH_TITLE().exec(line) ??
        UNKNOWN_GREETING_WITH_NAME().exec(line) ??
        UNKNOWN_GREETING_COMMA_NAME().exec(line))
      : null;
    if (!bare) return undefined;
    raw = bare[1] ?? '';
  }
  // A salutation that runs on into a sentence ("Hi Dana, this is Sam") is not a greeting line.
  const withoutTitles = raw.replace(TITLE_ABBREVIATIONS, '');
  if (raw.split(/\s+/).length > 6 || /[.!?]\s+\p{L}/u.test(withoutTitles)) return undefined;
  const words = raw
    .toLowerCase()
    .split(/[\s,&/]+/)
    .map((w) => w.replace(/[^\p{L}-]/gu, ''))
    .filter(Boolean);
  // "Ma'am" on its own may be the way a person is addressed; beside another generic word ("Sir/Ma'am",
  // "Sir or Ma'am", Nigeria's "Sir/Ma") it is the stock salutation.
  const isGeneric = (w: string) => namesNoOne(w) || ((w === 'maam' || w === 'ma') && words.length > 1);
  return words.length === 0 || words.every(isGeneric) ? null : raw;
}

/** Capitalized words that name no one in a greeting we do not know ("Following up on Tuesday,"). */
const NOT_A_NAME = new Set(
  'i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** A lowercased greeting word that addresses no one: "team", "señores", "tuesday". */
function namesNoOne(word: string): boolean {
  return GENERIC_ADDRESSEE.has(word) || NOT_A_NAME.has(word);
}

/**
 * A greeting in words no list holds: a first line of at most six words ending in a comma, before a
 * blank line ("Xin chào anh Minh,", "Mbolo Ada,"). It names whoever its capitalized words after the
 * first name, and no one when there are none ("Salam alaikum,"); not a closing ("Thanks again, Dana,").
 *
 * @example
 * shortGreetingName('Xin chào anh Minh,'); // "Minh"
 */
function shortGreetingName(line: string): string | null | undefined {
  const t = line.trim();
  if (t.length > 60 || !/^\p{L}[^.!?:;]*,$/u.test(t)) return undefined;
  const words = t
    .slice(0, -1)
    .split(/[ \t,]+/)
    .filter(Boolean);
  if (
    words.length > 6 ||
    /^(?:thanks|thank|cheers|regards|best|yours|sincerely|following|further|re)$/i.test(words[0]!)
  )
    return undefined;
  const named = words
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .filter((w) => !namesNoOne(w.toLowerCase()));
  return named.length ? named.join(' ') : null;
}

function findSignOff(text: string, nonBlank: Line[], firstBodyLine: number): ParsedMessage['signOff'] {
  const from = Math.max(firstBodyLine, nonBlank.length - 7);
  for (let i = nonBlank.length - 1; i >= from; i--) {
    const line = nonBlank[i];
    if (!line) continue;
    const valediction =
      valedictionOf(withoutTrailingMarks(line.content)) ?? valedictionBeforeName(line.content);
    if (valediction !== null) {
      const rest = nonBlank.slice(i + 1);
      if (rest.every((l) => isContactLine(l.content))) {
        return {
          start: trimSpan(text, line).start,
          end: trimSpan(text, { start: line.start, end: text.length }).end,
          valediction,
        };
      }
      return null;
    }
  }
  // No valediction we know: the name may be followed by a phone number or an address line or two.
  let nameAt = nonBlank.length - 1;
  while (nameAt > nonBlank.length - 3 && nameAt > firstBodyLine && isReachLine(nonBlank[nameAt]!.content))
    nameAt--;
  // A lone name line after a blank line ("\n\nSam").
  const lastLine = nonBlank[nameAt];
  const before = nonBlank[nameAt - 1];
  const unknown = unknownValediction(text, nonBlank, firstBodyLine);
  if (unknown) return unknown;
  // A lone name, or one lowercase word typed on a phone ("ines"), after a blank line.
  if (
    lastLine &&
    before &&
    nameAt > firstBodyLine &&
    (NAME_LINE().test(lastLine.content) || LOWERCASE_NAME.test(lastLine.content))
  ) {
    if (isBlankLineBetween(text, before.end, lastLine.start)) {
      const { start } = trimSpan(text, lastLine);
      return { start, end: trimSpan(text, { start, end: text.length }).end, valediction: null };
    }
  }
  return null;
}

/**
 * A valediction we do not know, in any language ("Slán,", "Saludos cordiales,"): a short line ending
 * in a comma, or two ("Rahmati kalon, / Hurmat bilan,"), alone after a blank line, then a name and
 * up to three contact lines ("Cu stimă, / Andrei Mureșan / HR Specialist / +40 264 555 0119").
 */
function unknownValediction(text: string, nonBlank: Line[], firstBodyLine: number): ParsedMessage['signOff'] {
  const last = nonBlank.length - 1;
  for (let nameAt = last; nameAt >= Math.max(firstBodyLine + 2, last - 3); nameAt--) {
    // Every line after the name is a title, a phone number, an address or a link.
    if (nameAt < last && !isContactLine(nonBlank[nameAt + 1]!.content)) return null;
    if (!NAME_LINE().test(nonBlank[nameAt]!.content)) continue;
    if (!UNKNOWN_VALEDICTION.test(nonBlank[nameAt - 1]!.content)) continue;
    let openingAt = nameAt - 1;
    if (openingAt - 1 > firstBodyLine && UNKNOWN_VALEDICTION.test(nonBlank[openingAt - 1]!.content))
      openingAt--;
    const opening = nonBlank[openingAt]!;
    const third = nonBlank[openingAt - 1];
    if (openingAt <= firstBodyLine || !third || !isBlankLineBetween(text, third.end, opening.start)) continue;
    return {
      start: trimSpan(text, opening).start,
      end: trimSpan(text, { start: opening.start, end: text.length }).end,
      valediction: withoutTrailingMarks(opening.content).trim(),
    };
  }
  return null;
}

/**
 * The line without the trailing blanks, marks and blanks (`[ \t]*[,.!:-]*[ \t]*$`), found from the
 * end: the pattern tried every position of every long body line.
 */
function withoutTrailingMarks(line: string): string {
  let end = line.length;
  while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
  while (end > 0 && isTrailingMark(line.charCodeAt(end - 1))) end--;
  while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
  return line.slice(0, end);
}

/** Whether a blank line stands between `from` and `to`. */
function isBlankLineBetween(text: string, from: number, to: number): boolean {
  return /\n[ \t\r]*\n/.test(text.slice(from, to));
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** `,` `.` `!` `-` `:` ("Atentamente:") */
function isTrailingMark(c: number): boolean {
  return c === 44 || c === 46 || c === 33 || c === 45 || c === 58;
}

/** A sign-off phrase, alone or two joined by "and" ("Best wishes and thanks"), lowercased; else null. */
function valedictionOf(text: string): string | null {
  // Printable ASCII survives the normalizing below, so more than 80 of them is over the limit;
  // saying so first spares lowercasing every body line and every comma-prefix of it.
  if (text.length > 80 && countPrintableAscii(text) > 80) return null;
  // The Spanish opening mark goes: "¡Muchas gracias!".
  const phrase = text
    .toLowerCase()
    .replace(/[ \t]+/g, ' ')
    .trim()
    .replace(/^[\u00a1\u00bf] ?/, '');
  if (!phrase || phrase.length > 80) return null;
  // Tested on short lines, this big alternation would be compiled twice (see `machine-code.ts`).
  if (!isValedictionCompiled) {
    compileToMachineCode(VALEDICTION_PHRASE, phrase);
    isValedictionCompiled = true;
  }
  if (VALEDICTION_PHRASE.test(phrase)) return phrase;
  // Two languages side by side: "S pozdravem / Kind regards", "Salamat po, and best regards"; or
  // two phrases across a dash: "All the best, b'y - and thanks again".
  const halves = phrase.split(/ \/ |,? (?:and|&) | [-\u2013\u2014] (?:and |& )?/);
  if (
    halves.length === 2 &&
    halves.some((h) => VALEDICTION_PHRASE.test(h)) &&
    halves.every((h) => h.split(' ').length <= 4)
  )
    return phrase;
  for (const m of phrase.matchAll(PHRASE_JOINER)) {
    const left = phrase.slice(0, m.index);
    const right = phrase.slice(m.index + m[0].length);
    if (VALEDICTION_PHRASE.test(left) && VALEDICTION_PHRASE.test(right)) return phrase;
  }
  return null;
}

function countPrintableAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) n++;
  }
  return n;
}

/** "Best, Sam" on one line: the sign-off phrase before a comma and a name after it. */
function valedictionBeforeName(line: string): string | null {
  // Printable characters before the current comma, counted once as the prefix grows: a longer
  // prefix only holds more, and past 80 no sign-off fits (a one-line 1 MB note has ~20,000 commas).
  let printable = 0;
  let counted = 0;
  for (let i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
    printable += countPrintableAscii(line.slice(counted, i));
    counted = i;
    if (printable > 80) return null;
    const phrase = valedictionOf(line.slice(0, i));
    if (phrase !== null && SIGNATURE_NAME().test(line.slice(i + 1).trim())) return phrase;
  }
  return null;
}

/**
 * Where a letter's salutation ("Dear Ms Solberg,") stands after a header of short lines (names,
 * addresses, a date), and whom it names; null when a line that reads as prose comes first.
 */
function salutationAfterHeader(nonBlank: Line[], first: number): { at: number; name: string | null } | null {
  const last = Math.min(nonBlank.length - 2, first + 16);
  for (let k = first; k <= last; k++) {
    const line = nonBlank[k]!.content.trim();
    const name = k > first && LETTER_SALUTATION.test(line) ? greetingName(line, true) : undefined;
    if (name !== undefined) return { at: k, name };
    // Prose: a long line, or a sentence of several words. Header lines end in "Ltd." or "R.S. Puram".
    const words = line.split(/\s+/).length;
    if (words > 14 || (words >= 6 && /[.!?]$/.test(line) && !/\b(?:ltd|inc|co|plc|bros)\.$/i.test(line)))
      return null;
  }
  return null;
}

/** A phone number, an email address or a web address on a line of its own. */
function isReachLine(line: string): boolean {
  const t = line.trim();
  return (
    /^(?:(?:tel|phone|mobile|mob|cell|m|t)\.?:?[ \t]*)?\+?[\d(][\d ().-]{5,}\d$/i.test(t) ||
    /^\S+@\S+\.\w+$|^(?:https?:\/\/|www\.)\S+$/i.test(t)
  );
}

/** Lines that may follow a valediction: a name, a title, a phone number, an address, a link. */
function isContactLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 80) return false;
  if (
    /[.!?]$/.test(t) &&
    !/\b(?:inc|ltd|co|jr|sr|phd|md)\.$/i.test(t) &&
    // Letters after a name: "Renata Kowalczyk, P.Eng."; an initial last: "Senthil Kumar R.".
    !ENDS_IN_POST_NOMINAL().test(t) &&
    !/\s[A-Z]\.$/.test(t) &&
    !/\S+@\S+\.\S+$/.test(t) &&
    !/\.\w{2,}$/.test(t)
  )
    return false;
  return t.split(/\s+/).length <= 8;
}

function isClosingLine(text: string, span: Span): boolean {
  const para = text.slice(span.start, span.end);
  if (splitSentences(text, span).length > 1) return false;
  if (countWords(text, span) > 15) return false;
  return CLOSING.test(para.trim());
}
