// Hand-built inputs for the event and relation layers: an article from a text, and actors, figures
// and times located by their words, so these tests do not depend on the other extractors.
import { splitSentences, sentenceAt } from "../../loaders/sentences.ts";
import type { Actor, ActorType, Article, Figure, FigureKind, Language, Precision, TimeExpr } from "../../loaders/types.ts";

export function article(text: string, language: Language, id = "a1", published = "2023-04"): Article {
  return { id, title: id, language, published, published_note: null, source: "test", author: null, url: null, sources: [], file: `${id}.md`, text, sentences: splitSentences(text) };
}

function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1] ?? " ";
    const after = text[i + word.length] ?? " ";
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) out.push(i);
  }
  return out;
}

/** An actor with a mention at every whole-word occurrence of each of its surfaces (longest first, no overlaps). */
export function actors(a: Article, spec: Array<[id: string, type: ActorType, surfaces: string[]]>): Actor[] {
  const taken: Array<[number, number]> = [];
  const all = spec.flatMap(([id, , surfaces]) => surfaces.map((s) => [id, s] as const)).sort((x, y) => y[1].length - x[1].length);
  const mentions = new Map<string, Actor["mentions"]>();
  for (const [id, surface] of all)
    for (const start of occurrences(a.text, surface)) {
      const end = start + surface.length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      mentions.set(id, [...(mentions.get(id) ?? []), { article: a.id, start, end, text: surface }]);
    }
  return spec.map(([id, type, surfaces]) => ({
    id, name: surfaces[0], type, aliases: surfaces.slice(1), origin: "gazetteer" as const, description: null,
    mentions: (mentions.get(id) ?? []).sort((x, y) => x.start - y.start),
  }));
}

export function figures(a: Article, spec: Array<[surface: string, value: number | [number, number], unit: string, kind?: FigureKind, occurrence?: number]>): Figure[] {
  return spec.map(([surface, value, unit, kind, occurrence = 0], i) => {
    let start = -1;
    for (let n = 0; n <= occurrence; n++) start = a.text.indexOf(surface, start + 1);
    if (start < 0) throw new Error(`figure '${surface}' not in the text`);
    const range = Array.isArray(value);
    return {
      id: `${a.id}/f${i + 1}`, article: a.id, start, end: start + surface.length, text: surface,
      value: range ? null : value, low: range ? value[0] : null, high: range ? value[1] : null,
      unit, approx: range, kind: kind ?? (/^[A-Z]{3}$/.test(unit) && unit !== "GPU" ? "money" : "count"), bound: null,
      sentence: sentenceAt(a.sentences, start), unit_provenance: "stated" as const,
    };
  });
}

export function times(a: Article, spec: Array<[surface: string, from: string | null, to: string | null, precision: Precision, occurrence?: number]>): TimeExpr[] {
  return spec.map(([surface, from, to, precision, occurrence = 0], i) => {
    let start = -1;
    for (let n = 0; n <= occurrence; n++) start = a.text.indexOf(surface, start + 1);
    if (start < 0) throw new Error(`time '${surface}' not in the text`);
    return {
      id: `${a.id}/t${i + 1}`, article: a.id, start, end: start + surface.length, text: surface, from, to, precision,
      anchor: "absolute" as const, inferred: [], sentence: sentenceAt(a.sentences, start),
    };
  });
}
