// Story scripts (`data/stories/<name>.yaml`): an author's choice and order of steps. The format is
// documented in data/stories/README.md. Every problem is reported at once, each with the file, the
// line, what is wrong and what is allowed; a bad step is left out and the valid ones are kept, so
// the Present page shows the telling and its problems instead of failing.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from "yaml";
import { sentenceAt } from "../sentences.ts";
import type { Problem, Story } from "../types.ts";
import { DEFAULT_NAME } from "./default.ts";
import { actorStep, eventStep, figureStep, Index, numbered, quoteStep, textStep, titleStep, type Draft } from "./steps.ts";
import { CHARTS, type ChartName, type Telling } from "./types.ts";

export const SCRIPT_KEYS = ["title", "description", "steps"] as const;
export const REFERENCE_KEYS = ["event", "figure", "actor", "quote"] as const;
export const STEP_KEYS = [...REFERENCE_KEYS, "article", "occurrence", "heading", "caption", "chart"] as const;

type ReferenceKey = (typeof REFERENCE_KEYS)[number];

/** Edit distance, for "did you mean" hints. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length];
}

/** The closest candidate, when it is close enough to be a typo. */
export function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : null;
}

function listed(ids: string[], noun: string): string {
  if (!ids.length) return `the story has no ${noun}s yet`;
  const shown = ids.slice(0, 6).join(", ");
  return `known ${noun}s: ${shown}${ids.length > 6 ? ` and ${ids.length - 6} more` : ""}`;
}

/** Text normalised for quote search (case, apostrophes, quotes, spaces), with a map back to offsets. */
export function normalise(text: string): { text: string; at: number[] } {
  let out = "";
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    if (/\s/u.test(c)) {
      if (space || out === "") continue;
      space = true;
      c = " ";
    } else space = false;
    if (c === "’" || c === "‘" || c === "`" || c === "ʼ") c = "'";
    else if (c === "“" || c === "”" || c === "«" || c === "»" || c === "„") c = '"';
    else if (c === "–" || c === "—") c = "-";
    out += c.toLowerCase();
    at.push(i);
  }
  if (out.endsWith(" ")) {
    out = out.slice(0, -1);
    at.pop();
  }
  return { text: out, at };
}

interface Located {
  article: string;
  start: number;
  end: number;
  sentence: number;
}

/** Every place the quote is printed (in one article when given). */
export function locateQuote(story: Story, quote: string, article: string | null): Located[] {
  const q = normalise(quote).text.replace(/^"|"$/g, "");
  if (!q) return [];
  const found: Located[] = [];
  for (const a of story.articles) {
    if (article && a.id !== article) continue;
    const n = normalise(a.text);
    for (let i = n.text.indexOf(q); i >= 0; i = n.text.indexOf(q, i + 1)) {
      const start = n.at[i];
      const end = n.at[i + q.length - 1] + 1;
      found.push({ article: a.id, start, end, sentence: sentenceAt(a.sentences, start) });
    }
  }
  return found;
}

function short(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Reads and checks a script against the Story. `file` is the path shown in problems. */
export function parseScript(text: string, file: string, story: Story, name = basename(file, extname(file))): Telling {
  const problems: Problem[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | Pair | null | undefined): number | null => {
    const range = node && "range" in node ? node.range : node && "key" in node ? (node.key as Node | null)?.range : undefined;
    return range ? counter.linePos(range[0]).line : null;
  };
  const error = (line: number | null, message: string) => problems.push({ file, line, message, severity: "error" });
  const warn = (line: number | null, message: string) => problems.push({ file, line, message, severity: "warning" });
  const fallbackTitle = name.replace(/[-_]+/g, " ");
  const done = (title: string, description: string | null, drafts: Draft[]): Telling => ({
    name,
    title,
    file,
    steps: numbered([titleStep(story, title, description), ...drafts]),
    problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  });

  if (name === DEFAULT_NAME) error(null, `'${DEFAULT_NAME}' is the name of the generated telling: rename the file (e.g. ${DEFAULT_NAME}-script.yaml)`);
  for (const e of doc.errors) {
    const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
    error(line, `YAML syntax: ${e.message.split("\n")[0]}: fix the indentation or quoting (a value with ': ' or '#' needs quotes)`);
  }
  if (doc.errors.length) return done(fallbackTitle, null, []);
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ""))) {
    error(1, "the file is empty: a story script needs `title:` and a list of `steps:` (see data/stories/README.md)");
    return done(fallbackTitle, null, []);
  }
  if (!isMap(root)) {
    error(lineOf(root), "a story script is a map with the keys title, description and steps (see data/stories/README.md)");
    return done(fallbackTitle, null, []);
  }
  const scalarText = (node: unknown): string | null => (isScalar(node) && (typeof node.value === "string" || typeof node.value === "number") ? String(node.value) : null);

  let title = fallbackTitle;
  let description: string | null = null;
  let steps: Node | null = null;
  let stepsLine: number | null = null;
  for (const pair of root.items) {
    const key = scalarText(pair.key);
    const line = lineOf(pair.key as Node);
    if (key === "title" || key === "description") {
      const v = scalarText(pair.value);
      if (v === null) error(line, `'${key}' must be a line of text`);
      else if (key === "title") title = v;
      else description = v;
    } else if (key === "steps") {
      steps = pair.value as Node | null;
      stepsLine = line;
    } else {
      const hint = key ? closest(key, SCRIPT_KEYS) : null;
      error(line, `unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ""}: allowed keys are ${SCRIPT_KEYS.join(", ")}`);
    }
  }
  if (!steps || !isSeq(steps) || steps.items.length === 0) {
    error(stepsLine ?? 1, "`steps:` must be a list of steps, each starting with '- ' (e.g. '- event: <event id>')");
    return done(title, description, []);
  }

  const ix = new Index(story);
  const drafts: Draft[] = [];
  steps.items.forEach((item, i) => {
    const n = i + 1;
    const at = lineOf(item as Node);
    const bad = (line: number | null, message: string) => error(line ?? at, `step ${n}: ${message}`);
    if (!isMap(item)) {
      const v = scalarText(item);
      bad(at, `a step is a map like '- event: <event id>'${v ? `, not the text '${short(v)}'` : ""}: give one of ${REFERENCE_KEYS.join(", ")}`);
      return;
    }
    const fields = new Map<string, { text: string | null; line: number | null }>();
    let broken = false;
    for (const pair of item.items) {
      const key = scalarText(pair.key);
      const line = lineOf(pair.key as Node);
      if (!key || !(STEP_KEYS as readonly string[]).includes(key)) {
        const hint = key ? closest(key, STEP_KEYS) : null;
        bad(line, `unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ""}: allowed keys are ${STEP_KEYS.join(", ")}`);
        broken = true;
        continue;
      }
      const text = scalarText(pair.value);
      if (text === null || text.trim() === "") {
        bad(line, `'${key}' needs a value on the same line (a line of text)`);
        broken = true;
        continue;
      }
      fields.set(key, { text: text.trim(), line });
    }
    const refs = REFERENCE_KEYS.filter((k) => fields.has(k));
    if (refs.length > 1) {
      bad(fields.get(refs[1])!.line, `give only one of ${REFERENCE_KEYS.join(", ")} per step (this one has ${refs.join(" and ")})`);
      broken = true;
    }
    const chartField = fields.get("chart");
    let chart: ChartName | null = null;
    if (chartField) {
      if ((CHARTS as readonly string[]).includes(chartField.text!)) chart = chartField.text as ChartName;
      else {
        const hint = closest(chartField.text!, CHARTS);
        bad(chartField.line, `chart '${chartField.text}' is not one of ${CHARTS.join(", ")}${hint ? ` (did you mean '${hint}'?)` : ""}`);
        broken = true;
      }
    }
    const articleField = fields.get("article");
    if (articleField && refs[0] !== "quote") {
      bad(articleField.line, "'article' only narrows a 'quote' step: remove it or add a quote");
      broken = true;
    }
    const occurrenceField = fields.get("occurrence");
    let occurrence: number | null = null;
    if (occurrenceField) {
      if (refs[0] !== "quote") {
        bad(occurrenceField.line, "'occurrence' only picks among the places a 'quote' is printed: remove it or add a quote");
        broken = true;
      } else if (!/^[1-9]\d*$/.test(occurrenceField.text!)) {
        bad(occurrenceField.line, `occurrence '${occurrenceField.text}' is not a whole number from 1 up (1 is the first place the quote is printed)`);
        broken = true;
      } else occurrence = Number(occurrenceField.text);
    }
    if (articleField && !ix.articles.has(articleField.text!)) {
      const hint = closest(articleField.text!, ix.articles.keys());
      bad(articleField.line, `no article '${articleField.text}'${hint ? ` (did you mean '${hint}'?)` : ""}: ${listed([...ix.articles.keys()], "article")}`);
      broken = true;
    }
    const heading = fields.get("heading")?.text ?? null;
    const caption = fields.get("caption")?.text ?? null;
    if (!refs.length && !heading) {
      if (!broken) bad(at, `nothing to show: give one of ${REFERENCE_KEYS.join(", ")} (or a 'heading' for a text step)`);
      return;
    }
    if (broken) return;
    const draft = resolve(refs[0] ?? null);
    if (!draft) return;
    drafts.push({ ...draft, heading: heading ?? draft.heading, caption: caption ?? draft.caption, chart: chart ?? draft.chart });

    function resolve(kind: ReferenceKey | null): Draft | null {
      if (!kind) return textStep(heading!, caption, chart ?? "timeline");
      const { text: id, line } = fields.get(kind)!;
      const ref = id!;
      if (kind === "event") {
        const e = ix.events.get(ref);
        if (e) return eventStep(ix, e);
        const hint = closest(ref, ix.events.keys());
        bad(line, `no event '${ref}' in the story${hint ? ` (did you mean '${hint}'?)` : ""}: ${listed([...ix.events.keys()], "event")}; or locate it with 'quote: <words of its sentence>'`);
        return null;
      }
      if (kind === "figure") {
        const f = ix.figures.get(ref);
        if (f) return figureStep(ix, f);
        const hint = closest(ref, ix.figures.keys());
        bad(line, `no figure '${ref}' in the story${hint ? ` (did you mean '${hint}'?)` : ""}: ${listed([...ix.figures.keys()], "figure")}`);
        return null;
      }
      if (kind === "actor") {
        const a = ix.actors.get(ref) ?? story.actors.find((x) => x.name.toLowerCase() === ref.toLowerCase() || x.aliases.some((al) => al.toLowerCase() === ref.toLowerCase()));
        if (a) return actorStep(ix, a);
        const hint = closest(ref, ix.actors.keys());
        bad(line, `no actor '${ref}' in the story${hint ? ` (did you mean '${hint}'?)` : ""}: ${listed([...ix.actors.keys()], "actor")}`);
        return null;
      }
      const places = locateQuote(story, ref, articleField?.text ?? null);
      if (!places.length) {
        bad(line, `the quote '${short(ref)}' is printed in no article${articleField ? ` '${articleField.text}'` : ""}: copy the words exactly as the article prints them (case, apostrophes and spaces may differ)`);
        return null;
      }
      // The event told in the quoted sentence: one whose trigger the quote covers, else any told there.
      const told = places.map((p) => {
        const here = story.events.filter((e) => e.mentions.some((m) => m.article === p.article && m.sentence === p.sentence) || (e.article === p.article && e.sentence.index === p.sentence));
        return here.find((e) => e.trigger.start < p.end && p.start < e.trigger.end && e.article === p.article) ?? here[0] ?? null;
      });
      let k = 0;
      if (occurrence !== null) {
        if (occurrence > places.length) {
          bad(occurrenceField!.line, `occurrence ${occurrence} of the quote '${short(ref)}' does not exist: it is printed ${places.length} time${places.length > 1 ? "s" : ""}${articleField ? ` in '${articleField.text}'` : ""}`);
          return null;
        }
        k = occurrence - 1;
      } else {
        const distinct = new Set(places.map((p, i) => told[i]?.id ?? `${p.article}#s-${p.sentence}`));
        if (distinct.size > 1)
          warn(line, `step ${n}: the quote '${short(ref)}' is printed ${places.length} times (${places.slice(0, 3).map((p) => `${p.article} sentence ${p.sentence}`).join(", ")}${places.length > 3 ? ", …" : ""}); the first is used: add 'occurrence: N' (1 to ${places.length}), quote more words${articleField ? "" : " or add 'article: <id>'"} to pick another`);
      }
      const place = places[k];
      const event = told[k];
      if (event) return eventStep(ix, event, place);
      return quoteStep(ix, place.article, place.sentence, place);
    }
  });
  return done(title, description, drafts);
}

/** Reads a script file; a file that cannot be read becomes a problem, never an exception. */
export function readScript(path: string, file: string, story: Story): Telling {
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (e) {
    const name = basename(file, extname(file));
    return {
      name,
      title: name,
      file,
      steps: numbered([titleStep(story, name, null)]),
      problems: [{ file, line: null, message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, severity: "error" }],
    };
  }
  return parseScript(text, file, story);
}
