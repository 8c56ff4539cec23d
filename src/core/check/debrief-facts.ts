import type { Debrief } from '../debrief/schema';

/**
 * What the checker reads from a debrief (contract sections 1 and 3). Kept in one place so the
 * apology, excuse and personalization rules agree with the planner's rules 3, 9 and 10.
 */

/** Rule 9: an apology is owed only for an offensive or damaging incident the interviewer may have seen. */
export function isApologyWarranted(debrief: Debrief | null): boolean {
  return (debrief?.mishaps ?? []).some(
    (m) => (m.kind === 'offensive' || m.kind === 'physical-damage') && m.noticed !== 'no',
  );
}

/** Rules 3 and 10: a real emergency worth a brief mention (an addressed `distraction` mishap). */
export function hasAddressedDistraction(debrief: Debrief | null): boolean {
  return (debrief?.mishaps ?? []).some(
    (m) =>
      m.kind === 'distraction' &&
      (m.severity === 'major' || (m.severity === 'moderate' && m.noticed !== 'no')),
  );
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame']);

/**
 * Patterns that name the interviewer: the full name, the first name, or the surname after a title
 * (`Ms. Achebe`). Case-sensitive: a name is written with its capital.
 */
export function interviewerNamePatterns(name: string): RegExp[] {
  const parts = name
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'-]+$/gu, ''))
    .filter((w) => w.length >= 2 && !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  const out: RegExp[] = [];
  // Not the "Ma" of "Ma'am": a Filipino interviewer may be "Ma. Cristina".
  const word = (s: string) => `(?<![\\p{L}\\p{N}])${escapeRegExp(s)}(?![\\p{L}\\p{N}]|['\u2019]am\\b)`;
  if (parts.length === 0) return out;
  out.push(new RegExp(word(parts.join(' ')), 'u'));
  const first = parts[0] ?? '';
  out.push(new RegExp(word(first), 'u'));
  const vocative = vocativeOf(first);
  if (vocative) out.push(new RegExp(`(?<![\\p{L}\\p{N}])${vocative}(?![\\p{L}\\p{N}])`, 'u'));
  if (parts.length > 1) {
    // A title before any trailing part of the name: "Mr. Mansoori", "Mr. Al Mansoori", "Dr. van Dijk".
    // And a paternal surname alone before the maternal one: "señora Oyarzún" of "Marisol Oyarzún Vidal".
    const surnames = [...parts.slice(1).map((_, i) => parts.slice(i + 1).join(' ')), ...parts.slice(1, -1)]
      .map(escapeRegExp)
      .join('|');
    out.push(
      new RegExp(
        `\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Capt|Captain|Rev|Revd|Reverend|Fr|Father|Col|Colonel|Lt|Lieutenant|Sgt|Sergeant|Constable|Inspector|Detective|Superintendent|Chief|Major|Pastor|Principal|Pharm|Barr|Cllr|Councillor|Coach|Chef|Judge|Sister|Nurse|Sir|Dame|Madam|Madame|Mme|Herr|Frau|Sra|Sr|Srta|Dra|Dr\u00aa|Dr\\.\u00aa|Sr\\.\u00aa|Eng\\.\u00aa|Eng|Engr|Dott\\.ssa|Dottoressa|Dottore|Dott|Ing|Se\u00f1ora|Se\u00f1orita|Se\u00f1or|Senhora|Senhor|Signora|Signor|Monsieur|Mevrouw|Meneer|Pani|Panie|Pan|Lic|Licda|Licdo|Arq|Monsignor|Msgr|Bishop|Archbishop|Canon|Shri|Sri|Smt|Shrimati|Brigadier|General|Commodore|Admiral|Commander|Commissioner|Justice|Senator|Ambassador|Rabbi|Imam|Sheikh|Alhaji|Hajia|Mallam|Puan|Encik|Datuk|Dato|Mwalimu|Mma|Rra|Bi|Bibi|Bw|Bwana|M'e|Ntate|Doamna|Doamn\u0103|Domnule|Domnul|Dna|Kyria|Kyrie|Pan\u00ed|Pane|Gospo\u0111o|Gospodine|Gospa|Gospodin|Herrn|Fru|Mevr|Dhr|Say\u0131n|Zonja|Zonj\u00eb|Zoti|G-zho|G-zha|G-n|Gospozha|Gospodin|Gospodjo|Gospo\u0111a|Gospod)\\.?\\s+(?:${surnames})(?![\\p{L}\\p{N}])`,
        'iu',
      ),
    );
    // The given names after a family name written first: "Wei Ling" of "Tan Wei Ling".
    if (parts.length > 2) out.push(new RegExp(word(parts.slice(1).join(' ')), 'u'));
    // A surname with an honorific after it: "Sato-san", "Kim-nim".
    out.push(
      new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${surnames})[- ]?(?:san|sama|sensei|ssi|nim|ji)(?![\\p{L}\\p{N}])`,
        'iu',
      ),
    );
  }
  return out;
}

/**
 * The first name as Slavic and Baltic greetings address it, by its stem and the vocative endings:
 * "Pani Agnieszko" for Agnieszka, "Panie Marku" for Marek, "Pane Tomáši" (a pattern source, or null).
 *
 * @example
 * new RegExp(vocativeOf('Agnieszka')!).test('Agnieszko'); // true
 */
export function vocativeOf(first: string): string | null {
  if (first.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(first)) return null;
  const stem = first.replace(/(?:[aeiouy]|[aeiuy]s|ek)$/u, '');
  if (stem.length < 3) return null;
  return `${escapeRegExp(stem)}(?:o|u|e|ie|ze|i|ai|au|ku|ko)`;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
