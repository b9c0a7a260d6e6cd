// Tells French from English by counting each language's most frequent short words.
import type { Language } from "./types.ts";

const WORDS: Record<Language, ReadonlySet<string>> = {
  fr: new Set("le la les un une des du de et est sont que qui dans pour pas sur avec par au aux ce cette ces il elle ils son sa ses leur plus mais ou été être a ont selon aussi".split(" ")),
  en: new Set("the a an and is are was were that which in for not on with by at this these it he she they his her their more but or been be has have said also of to from".split(" ")),
};

/** The language whose frequent words are most common in the text, or null when neither stands out. */
export function detectLanguage(text: string): Language | null {
  const counts: Record<Language, number> = { fr: 0, en: 0 };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words.slice(0, 5000)) for (const lang of ["fr", "en"] as const) if (WORDS[lang].has(w)) counts[lang]++;
  if (counts.fr === counts.en) return null;
  return counts.fr > counts.en ? "fr" : "en";
}
