// Correction files (data/corrections/<article-id>.yaml), applied after extraction so that
// re-extracting never loses an editor's fix. The format is documented in data/corrections/README.md.
//
// Every correction is checked before it is applied: a schema mistake, a quote that is no longer in
// the article, an unknown actor, each becomes a Problem naming the file and line; the correction is
// then skipped (never applied to a guess) and the others still apply.
import { existsSync, readFileSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import type { Actor, Article, Figure, Mention, Problem, Relation, Story, StoryEvent, TimeExpr } from "../types.ts";
import { sentenceAt } from "../sentences.ts";
import { parseCorrections, type ActorRef, type Correction, type ItemKind, type Quote } from "./schema.ts";
import { listFiles } from "../files.ts";

export { parseCorrections, ACTIONS, FIELDS } from "./schema.ts";
export type { Correction } from "./schema.ts";

export interface CorrectionOptions {
  /** Problems name files relative to this folder (default: the working directory). */
  root?: string;
  /** Folder of the articles, to tell "article not in this story" from "no such article" (default: `<dir>/../articles`). */
  articles?: string;
}

/** Correction files of a folder (`.yaml`, `.yml`), in name order. */
export function listCorrectionFiles(dir: string): string[] {
  return listFiles(dir, /\.ya?ml$/i);
}

/** Applies every correction file of `dir` to the story; returns the corrected copy and the problems. */
export function applyCorrections(story: Story, dir: string, options: CorrectionOptions = {}): { story: Story; problems: Problem[] } {
  const files = listCorrectionFiles(dir);
  const problems: Problem[] = [];
  if (!files.length) return { story, problems };
  const root = resolve(options.root ?? process.cwd());
  const articlesDir = resolve(options.articles ?? join(dir, "..", "articles"));
  const out: Story = structuredClone(story);
  for (const path of files) {
    const file = relative(root, path) || path;
    const id = basename(path, extname(path));
    const article = out.articles.find((a) => a.id === id);
    if (!article) {
      // An article that exists but is not in this story (extract of a few files): nothing to do.
      if (existsSync(join(articlesDir, `${id}.md`)) || existsSync(join(articlesDir, `${id}.txt`))) continue;
      const known = out.articles.map((a) => a.id).slice(0, 5);
      problems.push({
        file,
        line: null,
        message: `no article '${id}': name the correction file after an article file (data/articles/${id}.md)${known.length ? `, e.g. ${known.map((k) => `${k}.yaml`).join(", ")}` : ""}`,
        severity: "error",
      });
      continue;
    }
    let source: string;
    try {
      source = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
    } catch (e) {
      problems.push({ file, line: null, message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, severity: "error" });
      continue;
    }
    const parsed = parseCorrections(source);
    for (const p of parsed.problems) problems.push({ file, line: p.line, message: p.message, severity: "error" });
    const ctx = new Context(out, article, file, problems);
    for (const c of parsed.corrections) {
      try {
        ctx.apply(c);
      } catch (e) {
        // A bug (or a story of an unexpected shape), not the editor's mistake: reported, never thrown.
        problems.push({ file, line: c.line, message: `this ${c.action} could not be applied (${e instanceof Error ? e.message : String(e)}): please report it`, severity: "error" });
      }
    }
  }
  return { story: out, problems };
}

interface Located {
  start: number;
  end: number;
}

/** Something extracted that a quote can point at. */
interface Target extends Located {
  kind: ItemKind;
  /** Figure, time or event id; actor id for an actor mention. */
  id: string;
  /** For actor and event mentions: the index in `mentions`. */
  mention: number;
}

const squash = (s: string) => s.replace(/[’‘`´]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, " ").toLowerCase();
const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

class Context {
  private added = { event: 0, relation: 0 };
  constructor(
    private story: Story,
    private article: Article,
    private file: string,
    private problems: Problem[],
  ) {}

  private problem(line: number, message: string, severity: "error" | "warning" = "error") {
    this.problems.push({ file: this.file, line, message, severity });
  }

  /** Where the quote is in the article; null (and a Problem) when it is not, or not only once. */
  private locate(q: Quote): Located[] | null {
    const text = this.article.text;
    const at: number[] = [];
    for (let i = text.indexOf(q.text); i >= 0; i = text.indexOf(q.text, i + 1)) at.push(i);
    const spans = at.map((start) => ({ start, end: start + q.text.length }));
    if (!spans.length) {
      const loose = squash(q.text);
      const near = loose.length > 0 && squash(text).includes(loose);
      this.problem(
        q.line,
        `the quote "${short(q.text)}" is not in the article ${this.article.file}` +
          (near
            ? ": it is there with other apostrophes, quotation marks or spaces; copy the words exactly from the article"
            : ": the article changed; copy the words again from the article, or remove this correction"),
      );
      return null;
    }
    if (q.occurrence === "all") return spans;
    if (q.occurrence === null) {
      if (spans.length === 1) return spans;
      this.problem(q.line, `the quote "${short(q.text)}" occurs ${spans.length} times in the article: add 'occurrence: N' (1 to ${spans.length}) to say which one, or quote more words`);
      return null;
    }
    if (q.occurrence > spans.length) {
      this.problem(q.line, `occurrence ${q.occurrence} of "${short(q.text)}" does not exist: the quote occurs ${spans.length} time${spans.length > 1 ? "s" : ""} in the article`);
      return null;
    }
    return [spans[q.occurrence - 1]];
  }

  private targets(kind: ItemKind | null): Target[] {
    const a = this.article.id;
    const out: Target[] = [];
    if (!kind || kind === "figure") for (const f of this.story.figures) if (f.article === a) out.push({ kind: "figure", id: f.id, mention: -1, start: f.start, end: f.end });
    if (!kind || kind === "time") for (const t of this.story.times) if (t.article === a) out.push({ kind: "time", id: t.id, mention: -1, start: t.start, end: t.end });
    if (!kind || kind === "actor")
      for (const actor of this.story.actors)
        actor.mentions.forEach((m, i) => {
          if (m.article === a) out.push({ kind: "actor", id: actor.id, mention: i, start: m.start, end: m.end });
        });
    if (!kind || kind === "event")
      for (const e of this.story.events) {
        if (e.article === a) out.push({ kind: "event", id: e.id, mention: -1, start: e.trigger.start, end: e.trigger.end });
        (e.mentions ?? []).forEach((m, i) => {
          if (m.article === a && !(e.article === a && m.start === e.trigger.start && m.end === e.trigger.end))
            out.push({ kind: "event", id: e.id, mention: i, start: m.start, end: m.end });
        });
      }
    return out;
  }

  /** The items a quote points at: those it equals, else those inside it, else those around it, else those it overlaps. */
  private pick<T extends Located>(items: T[], span: Located): T[] {
    const equal = items.filter((x) => x.start === span.start && x.end === span.end);
    if (equal.length) return equal;
    const inside = items.filter((x) => x.start >= span.start && x.end <= span.end);
    if (inside.length) return inside;
    const around = items.filter((x) => x.start <= span.start && x.end >= span.end);
    if (around.length) return around;
    return items.filter((x) => x.start < span.end && x.end > span.start);
  }

  private actor(ref: ActorRef): Actor | null {
    const actors = this.story.actors;
    const byId = actors.find((a) => a.id === ref.ref);
    if (byId) return byId;
    const want = ref.ref.toLowerCase();
    const byName = actors.filter((a) => a.name.toLowerCase() === want);
    const byAlias = byName.length ? byName : actors.filter((a) => a.aliases.some((x) => x.toLowerCase() === want));
    // Last, the words an actor is mentioned by in this article ("le réseau social").
    const found = byAlias.length ? byAlias : actors.filter((a) => a.mentions.some((m) => m.article === this.article.id && m.text.toLowerCase() === want));
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      this.problem(ref.line, `'${ref.ref}' names ${found.length} actors (${found.map((a) => a.id).join(", ")}): use the id of the one you mean`);
      return null;
    }
    const words = slug(ref.ref).split("-").filter((w) => w.length >= 3);
    const close = actors.filter((a) => words.some((w) => a.id.includes(w))).map((a) => a.id).slice(0, 5);
    this.problem(
      ref.line,
      `no actor '${ref.ref}' in the story: use an actor id or name${close.length ? ` (close ones: ${close.join(", ")})` : actors.length ? ` (e.g. ${actors.slice(0, 5).map((a) => a.id).join(", ")})` : ""}`,
    );
    return null;
  }

  apply(c: Correction): void {
    switch (c.action) {
      case "drop_mention":
        return this.drop(c.quote, c.kind, c.line);
      case "fix_figure":
        return this.fixFigure(c.quote, c.set, c.line);
      case "fix_time":
        return this.fixTime(c.quote, c.set, c.line);
      case "merge_actors":
        return this.merge(c.into, c.actors, c.line);
      case "rename_actor":
        return this.rename(c.actor, c.name);
      case "set_actor_type": {
        const actor = this.actor(c.actor);
        if (actor) actor.type = c.type;
        return;
      }
      case "add_event":
        return this.addEvent(c);
      case "add_relation":
        return this.addRelation(c);
    }
  }

  private drop(quote: Quote, kind: ItemKind | null, line: number) {
    const spans = this.locate(quote);
    if (!spans) return;
    const chosen: Target[] = [];
    for (const span of spans) chosen.push(...this.pick(this.targets(kind), span));
    if (!chosen.length) {
      this.problem(line, `nothing${kind ? ` of kind ${kind}` : ""} is extracted at "${short(quote.text)}" any more: remove this correction`, "warning");
      return;
    }
    const s = this.story;
    const figures = new Set(chosen.filter((t) => t.kind === "figure").map((t) => t.id));
    const times = new Set(chosen.filter((t) => t.kind === "time").map((t) => t.id));
    const events = new Set(chosen.filter((t) => t.kind === "event" && t.mention < 0).map((t) => t.id));
    const mentionKey = (t: Target) => `${t.kind}\u0000${t.id}\u0000${t.mention}`;
    const mentions = new Set(chosen.filter((t) => t.mention >= 0).map(mentionKey));
    s.figures = s.figures.filter((f) => !figures.has(f.id));
    s.times = s.times.filter((t) => !times.has(t.id));
    const goneActors = new Set<string>();
    for (const actor of s.actors) {
      actor.mentions = actor.mentions.filter((_, i) => !mentions.has(`actor\u0000${actor.id}\u0000${i}`));
      if (!actor.mentions.length) goneActors.add(actor.id);
    }
    for (const e of s.events) {
      if (e.mentions) e.mentions = e.mentions.filter((_, i) => !mentions.has(`event\u0000${e.id}\u0000${i}`));
      e.figures = e.figures.filter((id) => !figures.has(id));
      if (e.time && times.has(e.time)) Object.assign(e, { time: null, when: null });
      // An event told by several articles: dropping its telling here keeps the others.
      if (events.has(e.id) && this.reanchor(e)) events.delete(e.id);
      e.articles = e.articles.filter((id) => id === e.article || e.mentions.some((m) => m.article === id));
    }
    this.removeEvents(events);
    this.removeActors(goneActors);
  }

  /** Moves an event told by other articles too onto the next article's telling; false when there is none. */
  private reanchor(e: StoryEvent): boolean {
    const a = this.article.id;
    const rest = e.mentions.filter((m) => m.article !== a);
    const first = rest[0];
    const other = first ? this.story.articles.find((x) => x.id === first.article) : undefined;
    if (!first || !other) return false;
    const sentence = other.sentences[first.sentence] ?? { start: first.start, end: first.end };
    const own = new Set(this.story.figures.filter((f) => f.article === a).map((f) => f.id));
    const ownTime = this.story.times.some((t) => t.id === e.time && t.article === a);
    Object.assign(e, {
      article: other.id,
      trigger: { start: first.start, end: first.end, text: first.text },
      sentence: { start: sentence.start, end: sentence.end, index: first.sentence },
      mentions: rest,
      articles: e.articles.filter((id) => id !== a),
      figures: e.figures.filter((id) => !own.has(id)),
      time: ownTime ? null : e.time,
    });
    return true;
  }

  private removeEvents(ids: Set<string>) {
    if (!ids.size) return;
    const s = this.story;
    s.events = s.events.filter((e) => !ids.has(e.id));
    s.relations = s.relations.filter((r) => {
      if (!r.events.length) return true;
      r.events = r.events.filter((id) => !ids.has(id));
      return r.events.length > 0;
    });
  }

  private removeActors(ids: Set<string>) {
    if (!ids.size) return;
    const s = this.story;
    s.actors = s.actors.filter((a) => !ids.has(a.id));
    for (const e of s.events) {
      e.actors = e.actors.filter((id) => !ids.has(id));
      if (e.source && ids.has(e.source)) e.source = null;
    }
    s.relations = s.relations.filter((r) => !ids.has(r.source) && !ids.has(r.target));
  }

  private one<T extends Located>(items: T[], quote: Quote, what: string, line: number): T | null {
    const spans = this.locate(quote);
    if (!spans) return null;
    const found = this.pick(items, spans[0]);
    if (found.length === 1) return found[0];
    if (!found.length) this.problem(line, `no ${what} is extracted at "${short(quote.text)}": quote the ${what}'s own words`);
    else this.problem(line, `the quote covers ${found.length} ${what}s (${found.map((f) => `'${this.article.text.slice(f.start, f.end)}'`).join(", ")}): quote only the words of one`);
    return null;
  }

  private fixFigure(quote: Quote, set: Partial<Figure>, line: number) {
    const figure = this.one(this.story.figures.filter((f) => f.article === this.article.id), quote, "figure", line);
    if (!figure) return;
    const next = { ...figure, ...set };
    if ("value" in set && set.value !== null && !("low" in set) && !("high" in set)) Object.assign(next, { low: null, high: null, bound: set.bound ?? null });
    if (("low" in set || "high" in set) && !("value" in set)) next.value = null;
    if ("unit" in set && !("kind" in set)) next.kind = /^[A-Z]{3}$/.test(next.unit) ? "money" : next.unit === "percent" ? "percent" : figure.kind === "money" || figure.kind === "percent" ? "count" : figure.kind;
    if ("unit" in set) next.unit_provenance = "stated";
    if (next.low !== null && next.high !== null && next.low > next.high) {
      this.problem(line, `after this fix the figure's low (${next.low}) is above its high (${next.high}): give both low and high`);
      return;
    }
    if (next.value === null && next.low === null && next.high === null) {
      this.problem(line, "after this fix the figure has no value and no bounds: give 'value' or 'low'/'high'");
      return;
    }
    Object.assign(figure, next);
  }

  private fixTime(quote: Quote, set: Partial<TimeExpr>, line: number) {
    const time = this.one(this.story.times.filter((t) => t.article === this.article.id), quote, "time expression", line);
    if (!time) return;
    const next = { ...time, ...set };
    if (next.from && next.to && next.from > next.to) {
      this.problem(line, `after this fix the time starts (${next.from}) after it ends (${next.to}): give both from and to`);
      return;
    }
    Object.assign(time, next);
    for (const e of this.story.events) if (e.time === time.id) e.when = { from: time.from, to: time.to, precision: time.precision };
  }

  private merge(intoRef: ActorRef, refs: ActorRef[], line: number) {
    const into = this.actor(intoRef);
    const others = refs.map((r) => this.actor(r));
    if (!into || others.some((o) => !o)) return;
    const s = this.story;
    const order = new Map(s.articles.map((a, i) => [a.id, i]));
    const gone = new Set<string>();
    for (const other of others as Actor[]) {
      if (other.id === into.id) {
        this.problem(line, `'${other.id}' is merged into itself: list only the other actors in 'actors'`, "warning");
        continue;
      }
      gone.add(other.id);
      into.mentions.push(...other.mentions);
      for (const alias of [other.name, ...other.aliases]) if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
      for (const e of s.events) if (e.actors.includes(other.id)) e.label = e.label.split(other.name).join(into.name);
    }
    into.mentions.sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.start - y.start);
    const swap = (id: string) => (gone.has(id) ? into.id : id);
    s.actors = s.actors.filter((a) => !gone.has(a.id));
    for (const e of s.events) {
      e.actors = [...new Set(e.actors.map(swap))];
      if (e.source) e.source = swap(e.source);
    }
    const kept = new Map<string, Relation>();
    for (const r of s.relations) {
      r.source = swap(r.source);
      r.target = swap(r.target);
      if (r.source === r.target) continue;
      const key = `${r.source}\u0000${r.type}\u0000${r.target}`;
      const seen = kept.get(key);
      if (!seen) kept.set(key, r);
      else {
        for (const id of r.events) if (!seen.events.includes(id)) seen.events.push(id);
        for (const id of r.articles) if (!seen.articles.includes(id)) seen.articles.push(id);
        if (r.mentions) seen.mentions = [...(seen.mentions ?? []), ...r.mentions];
      }
    }
    s.relations = [...kept.values()];
  }

  private rename(ref: ActorRef, name: string) {
    const actor = this.actor(ref);
    if (!actor) return;
    const old = actor.name;
    if (old === name) return;
    if (!actor.aliases.includes(old)) actor.aliases.push(old);
    actor.aliases = actor.aliases.filter((a) => a !== name);
    actor.name = name;
    for (const e of this.story.events) if (e.actors.includes(actor.id)) e.label = e.label.split(old).join(name);
  }

  private mention(span: Located): Mention {
    return { article: this.article.id, start: span.start, end: span.end, text: this.article.text.slice(span.start, span.end) };
  }

  private addEvent(c: Extract<Correction, { action: "add_event" }>) {
    const spans = this.locate(c.quote);
    const actors = c.actors.map((r) => this.actor(r));
    const source = c.source ? this.actor(c.source) : null;
    if (!spans || actors.some((a) => !a) || (c.source && !source)) return;
    const span = spans[0];
    const a = this.article;
    const index = sentenceAt(a.sentences, span.start);
    const sentence = a.sentences[index] ?? { start: span.start, end: span.end, index: 0 };
    const figures = this.story.figures.filter((f) => f.article === a.id && f.start >= span.start && f.end <= span.end).map((f) => f.id);
    const event: StoryEvent = {
      id: `${a.id}/added-e${++this.added.event}`,
      article: a.id,
      articles: [a.id],
      label: c.label,
      type: c.type,
      trigger: { start: span.start, end: span.end, text: a.text.slice(span.start, span.end) },
      sentence: { start: sentence.start, end: sentence.end, index },
      mentions: [{ ...this.mention(span), sentence: index }],
      when: c.when,
      time: null,
      actors: [...new Set((actors as Actor[]).map((x) => x.id))],
      figures,
      modality: c.modality,
      source: source ? source.id : null,
    };
    this.story.events.push(event);
  }

  private addRelation(c: Extract<Correction, { action: "add_relation" }>) {
    const spans = this.locate(c.quote);
    const source = this.actor(c.source);
    const target = this.actor(c.target);
    if (!spans || !source || !target) return;
    if (source.id === target.id) {
      this.problem(c.line, `a relation needs two different actors: '${c.source.ref}' and '${c.target.ref}' are both ${source.id}`);
      return;
    }
    const span = spans[0];
    const a = this.article;
    const events = this.story.events
      .filter((e) => (e.mentions ?? []).some((m) => m.article === a.id && m.start < span.end && m.end > span.start) || (e.article === a.id && e.trigger.start < span.end && e.trigger.end > span.start))
      .map((e) => e.id);
    const existing = this.story.relations.find((r) => r.source === source.id && r.target === target.id && r.type === c.type);
    const mention = this.mention(span);
    if (existing) {
      for (const id of events) if (!existing.events.includes(id)) existing.events.push(id);
      if (!existing.articles.includes(a.id)) existing.articles.push(a.id);
      existing.mentions = [...(existing.mentions ?? []), mention];
      return;
    }
    this.story.relations.push({
      id: `${a.id}/added-r${++this.added.relation}`,
      source: source.id,
      target: target.id,
      type: c.type,
      events,
      articles: [a.id],
      mentions: [mention],
    });
  }
}
