// The curated noun -> unit lexicon (data/lexicons/units.tsv), loaded once and indexed per language
// by the folded, singularised words of each phrase, so "unités de traitements graphiques" finds
// the entry "unité de traitement graphique".
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FigureKind } from "../../types.ts";
import { foldWord } from "./numbers.ts";

export interface UnitEntry {
  unit: string;
  kind: FigureKind;
  factor: number;
  /** Number of tokens of the phrase. */
  length: number;
  /** Short phrases ("Go", "To", "MW") must match with their case. */
  exact: string | null;
}

export interface UnitLexicon {
  /** Key: tokens joined by a space (see `unitKey`). */
  entries: Map<string, UnitEntry>;
  maxLength: number;
}

export const UNITS_FILE = "data/lexicons/units.tsv";
const KINDS = new Set<FigureKind>(["count", "money", "measure", "percent"]);

/** Tokens of a unit phrase: words (letters/digits, inner hyphens and dots) and currency signs. */
export const UNIT_TOKEN = /US\$|C\$|A\$|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*\.?|[$€£¥¢%₹₩₽₺₡₭₾₦₱₫]/gu;

export type Singularise = (folded: string) => string;

export function unitKey(tokens: string[], singular: Singularise): string {
  return tokens.map((t) => singular(foldWord(t))).join(" ");
}

export function parseUnitLexicon(source: string, file: string): { fr: UnitLexicon; en: UnitLexicon; rows: { lang: string; phrase: string; entry: Omit<UnitEntry, "length" | "exact"> }[] } {
  const rows: { lang: string; phrase: string; entry: Omit<UnitEntry, "length" | "exact"> }[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const cols = line.split("\t");
    const where = `${file}:${i + 1}`;
    if (cols.length < 4 || cols.length > 5) {
      throw new Error(`${where}: expected 4 or 5 tab-separated columns (lang, phrase, unit, kind[, factor]), got ${cols.length}; separate the columns with tabs`);
    }
    const [lang, phrase, unit, kind, factor] = cols.map((c) => c.trim());
    if (lang !== "fr" && lang !== "en" && lang !== "*") throw new Error(`${where}: language "${lang}" must be fr, en or *`);
    if (!KINDS.has(kind as FigureKind)) throw new Error(`${where}: kind "${kind}" must be one of count, money, measure, percent`);
    const f = factor === undefined || factor === "" ? 1 : Number(factor);
    if (!Number.isFinite(f) || f <= 0) throw new Error(`${where}: factor "${factor}" must be a positive number (e.g. 0.01 for cents)`);
    if (!phrase || !unit) throw new Error(`${where}: the phrase and the unit must not be empty`);
    rows.push({ lang, phrase, entry: { unit, kind: kind as FigureKind, factor: f } });
  });
  return { fr: emptyLexicon(), en: emptyLexicon(), rows };
}

function emptyLexicon(): UnitLexicon {
  return { entries: new Map(), maxLength: 1 };
}

/** Build the lexicon of one language from the rows, with that language's singular rule. */
export function indexUnits(rows: ReturnType<typeof parseUnitLexicon>["rows"], lang: "fr" | "en", singular: Singularise): UnitLexicon {
  const lex = emptyLexicon();
  for (const r of rows) {
    if (r.lang !== lang && r.lang !== "*") continue;
    const tokens = r.phrase.match(UNIT_TOKEN) ?? [];
    if (!tokens.length) continue;
    const key = unitKey(tokens, singular);
    const exact = r.phrase.length <= 3 && /\p{L}/u.test(r.phrase) ? r.phrase : null;
    // Language-specific rows win over shared ones.
    if (lex.entries.has(key) && r.lang === "*") continue;
    lex.entries.set(key, { ...r.entry, length: tokens.length, exact });
    lex.maxLength = Math.max(lex.maxLength, tokens.length);
  }
  return lex;
}

let cached: ReturnType<typeof parseUnitLexicon>["rows"] | null = null;

/** The rows of data/lexicons/units.tsv (read once). */
export function unitRows(): ReturnType<typeof parseUnitLexicon>["rows"] {
  if (cached) return cached;
  const path = fileURLToPath(new URL("../../../data/lexicons/units.tsv", import.meta.url));
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`${UNITS_FILE}: cannot read the unit lexicon (${(e as Error).message}); restore the file from git`);
  }
  cached = parseUnitLexicon(source, UNITS_FILE).rows;
  return cached;
}
