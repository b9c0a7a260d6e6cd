// Merging events across articles (mergeEvents), as the pipeline does after giving ids.
import { describe, expect, it } from "vitest";
import { findEvents, mergeEvents } from "../../loaders/events/index.ts";
import type { Actor, StoryEvent } from "../../loaders/types.ts";
import { actors, article, figures, times } from "./fixture.ts";

function extract(id: string, text: string, language: "fr" | "en", figs: Parameters<typeof figures>[1], ts: Parameters<typeof times>[1]): { events: StoryEvent[]; actors: Actor[] } {
  const a = article(text, language, id, "2023-02-01");
  const cast = actors(a, [
    ["microsoft", "organization", ["Microsoft"]],
    ["openai", "organization", ["OpenAI"]],
    ["elon-musk", "person", ["Elon Musk", "Musk"]],
  ]);
  const events = findEvents(a, { actors: cast, figures: figures(a, figs), times: times(a, ts) }).map((e, i) => ({ ...e, id: `${id}/e${i + 1}`, articles: [id] }));
  return { events, actors: cast };
}

describe("mergeEvents", () => {
  const one = extract("fr1", "Microsoft a investi 10 milliards de dollars dans OpenAI en janvier.", "fr", [["10 milliards de dollars", 1e10, "USD", "money"]], [["en janvier", "2023-01-01", "2023-01-31", "month"]]);
  const two = extract("en1", "Microsoft is investing $10 billion in OpenAI, the company said in January. Musk criticized OpenAI.", "en", [["$10 billion", 1e10, "USD", "money"]], [["January", "2023-01-01", "2023-01-31", "month"]]);
  const merged = mergeEvents([...one.events, ...two.events], one.actors);
  it("merges one event told by two articles in two languages and lists both articles", () => {
    expect(merged.map((e) => [e.id, e.type, e.articles, e.mentions.map((m) => `${m.article}:${m.text}`)])).toEqual([
      ["fr1/e1", "invest", ["fr1", "en1"], ["fr1:investi", "en1:investing"]],
      ["en1/e2", "criticize", ["en1"], ["en1:criticized"]],
    ]);
  });
  it("is deterministic", () => {
    expect(JSON.stringify(mergeEvents([...one.events, ...two.events], one.actors))).toBe(JSON.stringify(merged));
  });
  it("does not merge underspecified tellings across articles", () => {
    const a = extract("x1", "Musk a investi.", "fr", [], []);
    const b = extract("x2", "Musk invested.", "en", [], []);
    expect(mergeEvents([...a.events, ...b.events], a.actors)).toHaveLength(2);
  });
  it("does not merge events whose times conflict", () => {
    const a = extract("y1", "Microsoft a investi dans OpenAI en 2019.", "fr", [], [["2019", "2019-01-01", "2019-12-31", "year"]]);
    const b = extract("y2", "Microsoft invested in OpenAI in 2023.", "en", [], [["2023", "2023-01-01", "2023-12-31", "year"]]);
    expect(mergeEvents([...a.events, ...b.events], a.actors)).toHaveLength(2);
  });
  it("a vague telling does not bridge two dated events", () => {
    const a = extract("z1", "Microsoft a investi dans OpenAI par la suite.", "fr", [], [["par la suite", "2018-01-01", "2023-04-30", "vague"]]);
    const b = extract("z2", "Microsoft invested in OpenAI in 2019. Microsoft invested in OpenAI in 2023.", "en", [], [["2019", "2019-01-01", "2019-12-31", "year"], ["2023", "2023-01-01", "2023-12-31", "year"]]);
    const merged = mergeEvents([...a.events, ...b.events], a.actors);
    expect(merged.map((e) => e.mentions.map((m) => `${m.article}:${m.start}`).length)).toEqual([2, 1]);
  });
});

describe("mergeEvents: one deed about one document, told in two articles", () => {
  const fr = extract("d1", "Elon Musk a signé la lettre ouverte.", "fr", [], []);
  const en = extract("d2", "On March 29, an open letter called for a pause, and Musk was among its signatories.", "en", [], [["On March 29", "2023-03-29", "2023-03-29", "day"]]);
  it("records the document as the event's object", () => {
    expect([fr.events[0].roles?.object, en.events[0].roles?.object, fr.events[0].label]).toEqual(["letter", "letter", "Elon Musk signs the letter"]);
  });
  it("merges an undated signing with a dated one of the same doer and document", () => {
    const merged = mergeEvents([...fr.events, ...en.events], fr.actors);
    expect(merged.map((e) => [e.articles, e.when?.from ?? null])).toEqual([[["d1", "d2"], "2023-03-29"]]);
  });
  it("keeps two documents apart ('la lettre' and 'the contract')", () => {
    const other = extract("d3", "On March 29, Musk signed the contract.", "en", [], [["On March 29", "2023-03-29", "2023-03-29", "day"]]);
    expect(mergeEvents([...fr.events, ...other.events], fr.actors)).toHaveLength(2);
  });
  it("keeps two dated signings apart, even of one document", () => {
    const a = extract("d4", "En mars, Musk a signé la lettre.", "fr", [], [["En mars", "2023-03-01", "2023-03-31", "month"]]);
    expect(mergeEvents([...a.events, ...en.events], a.actors)).toHaveLength(2);
  });
  it("keeps signings by two doers apart", () => {
    const b = extract("d5", "Microsoft a signé la lettre.", "fr", [], []);
    expect(mergeEvents([...b.events, ...en.events], b.actors)).toHaveLength(2);
  });
});
