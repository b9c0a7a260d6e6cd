// The Present page's data: the generated telling, every story script in data/stories/, and the
// compact chart data the steps highlight. Script problems go to stderr and travel in the output,
// so the page shows them; they never stop the build.
import { relative, resolve } from "node:path";
import { formatProblem } from "../problems.ts";
import { buildStory } from "../story.ts";
import type { Problem, Story } from "../types.ts";
import { defaultTelling } from "./default.ts";
import { formatAmount, magnitude } from "./format.ts";
import { readScript } from "./script.ts";
import { whenRange } from "./steps.ts";
import type { FigureItem, NetworkLink, Presentation, TimelineItem } from "./types.ts";
import { listFiles } from "../files.ts";

export { defaultTelling } from "./default.ts";
export { parseScript } from "./script.ts";

/** Every `.yaml`/`.yml` file of a folder, in name order (none when the folder is missing). */
export function listScripts(dir: string): string[] {
  return listFiles(dir, /\.ya?ml$/i);
}

const KIND_ORDER: Record<string, number> = { money: 0, count: 1, measure: 2, percent: 3 };

/** The charts' data: dated events, dates told, figures (one bar per amount), actors and their ties. */
export function chartData(story: Story): Omit<Presentation, "tellings"> {
  const actorName = new Map(story.actors.map((a) => [a.id, a.name]));
  const events: TimelineItem[] = story.events
    .map((e) => ({ e, w: whenRange(e.when) }))
    .filter((x): x is { e: (typeof story.events)[number]; w: { from: string; to: string } } => !!x.w)
    .map(({ e, w }) => ({ id: e.id, label: e.label, from: w.from, to: w.to, precision: e.when!.precision, modality: e.modality, lane: e.actors.length ? actorName.get(e.actors[0]) ?? e.actors[0] : "" }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const dates = story.times
    .filter((t) => t.from || t.to)
    .map((t) => ({ id: t.id, from: (t.from ?? t.to)!, to: (t.to ?? t.from)!, text: t.text }));
  const groups = new Map<string, FigureItem>();
  for (const f of story.figures) {
    const key = JSON.stringify([f.kind, f.unit, f.value, f.low, f.high, f.bound]);
    const seen = groups.get(key);
    if (seen) {
      seen.ids.push(f.id);
      continue;
    }
    const low = f.value ?? f.low ?? f.high;
    const high = f.value ?? f.high ?? f.low;
    if (low == null || high == null || low <= 0 || high <= 0) continue; // nothing to draw on a log scale
    groups.set(key, { ids: [f.id], label: formatAmount(f), kind: f.kind, unit: f.unit, low, high, approx: f.approx });
  }
  const figures = [...groups.values()].sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || magnitude({ value: null, low: b.low, high: b.high }) - magnitude({ value: null, low: a.low, high: a.high }));
  const links: NetworkLink[] = [];
  const linked = new Set<string>();
  const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const known = new Set(story.actors.map((a) => a.id));
  for (const r of story.relations) {
    if (!known.has(r.source) || !known.has(r.target) || r.source === r.target) continue;
    links.push({ source: r.source, target: r.target, type: r.type });
    linked.add(pair(r.source, r.target));
  }
  // Actors that take part in the same event, when no relation ties them already.
  for (const e of story.events)
    for (let i = 0; i < e.actors.length; i++)
      for (let j = i + 1; j < e.actors.length; j++) {
        const [a, b] = [e.actors[i], e.actors[j]];
        if (a === b || !known.has(a) || !known.has(b) || linked.has(pair(a, b))) continue;
        linked.add(pair(a, b));
        links.push({ source: a, target: b, type: "with" });
      }
  const nodes = story.actors.map((a) => ({ id: a.id, name: a.name, type: a.type, mentions: a.mentions.length }));
  return { timeline: { events, dates }, figures, network: { nodes, links } };
}

/** The presentation of a Story: the generated telling first, then the scripts of `dir`. */
export function presentation(story: Story, scripts: string[], root: string): Presentation {
  const tellings = [defaultTelling(story), ...scripts.map((p) => readScript(p, relative(root, p) || p, story))];
  return { tellings, ...chartData(story) };
}

/** What `src/data/present.json.ts` prints: built from data/articles and data/stories under `root`. */
export function loadPresentation(root = process.cwd()): Presentation {
  const story = buildStory(undefined, { root });
  const result = presentation(story, listScripts(resolve(root, "data/stories")), root);
  for (const t of result.tellings) for (const p of t.problems) process.stderr.write(formatProblem(p) + "\n");
  return result;
}

/** Every problem of the story scripts in `root`/data/stories against a Story (for `npm run check`). */
export function checkScripts(story: Story, root: string): Problem[] {
  return listScripts(resolve(root, "data/stories")).flatMap((p) => readScript(p, relative(root, p) || p, story).problems);
}
