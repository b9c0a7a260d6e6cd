// The publication date printed near the top of a text ("Publié le 12 avril 2023 à 10h15",
// "April 12, 2023", "By Jane Doe | 12 Apr 2023"), for texts and pages without date metadata.
// Only short lines that do not read as a sentence of the article count as a dateline: "On March
// 29, 2023, the institute published a letter." is a fact of the story, not its date.
import { validDate } from "../dates.ts";

/** Month names and abbreviations, French and English, lower case, without the final dot. */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, déc: 12, dec: 12,
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12,
};

const MONTH = "(\\p{L}{3,9})\\.?";
const PATTERNS: ReadonlyArray<{ re: RegExp; parts: (m: RegExpExecArray) => [string, string | undefined, string] }> = [
  { re: /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/u, parts: (m) => [m[1], m[2], m[3]] },
  // 12 avril 2023, 1er mai 2023, 12 Apr 2023
  { re: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er)?\\s+${MONTH}\\s+(\\d{4})(?![\\p{N}])`, "u"), parts: (m) => [m[3], m[2], m[1]] },
  // April 12, 2023
  { re: new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\p{N}])`, "u"), parts: (m) => [m[3], m[1], m[2]] },
];

const pad = (s: string) => s.padStart(2, "0");

/** A date in one line, as YYYY-MM-DD, and the words that write it; null when none or not a real date. */
export function dateIn(line: string): { date: string; text: string } | null {
  for (const { re, parts } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const month = mo === undefined ? null : /^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.toLowerCase()] ?? null;
    if (!month) continue;
    const iso = `${y}-${pad(String(month))}-${pad(d)}`;
    if (validDate(iso)) return { date: iso, text: m[0] };
  }
  return null;
}

/** Words that introduce a dateline. */
const CUES = /^(?:publié|publiée|mis à jour|modifié|published|updated|posted|last updated)(?![\p{L}])/iu;

/**
 * The first dateline among the first lines of a text: its date and the line it is on (0-based).
 * A dateline starts with a cue ("Publié le", "Updated"), or does not end like a sentence and holds
 * little besides the date (at most four other words, or a byline with a separator: "Jane Doe | ...").
 */
export function findDateline(lines: readonly string[], look = 6): { date: string; index: number; line: string } | null {
  for (let i = 0; i < Math.min(lines.length, look); i++) {
    const line = lines[i].trim();
    if (!line || line.length > 120) continue;
    const found = dateIn(line);
    if (!found) continue;
    const rest = line.replace(found.text, " ").split(/[\s|·•—–,:]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const sentence = /[.!?…]$/.test(line);
    if (CUES.test(line) || (!sentence && (rest.length <= 4 || /[|·•]/.test(line)))) return { date: found.date, index: i, line };
  }
  return null;
}
