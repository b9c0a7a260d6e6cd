// The schema of correction files (data/corrections/<article-id>.yaml), checked on the YAML nodes
// so that every problem names its line. Validation never stops at the first problem: a file with
// three mistakes gives three Problems.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { RELATION_TYPES, type ActorType, type FigureKind, type Modality, type Precision, type RelationType, type When } from "../types.ts";
import { interval, validDate } from "../dates.ts";

export const ACTIONS = [
  "drop_mention",
  "fix_figure",
  "fix_time",
  "merge_actors",
  "rename_actor",
  "set_actor_type",
  "add_event",
  "add_relation",
] as const;
export type Action = (typeof ACTIONS)[number];

export const ITEM_KINDS = ["figure", "time", "actor", "event"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ACTOR_TYPES: readonly ActorType[] = ["person", "organization", "product", "media", "place"];
export const FIGURE_KINDS: readonly FigureKind[] = ["money", "count", "percent", "measure"];
export const PRECISIONS: readonly Precision[] = ["day", "month", "season", "quarter", "year", "decade", "vague"];
export const MODALITIES: readonly Modality[] = ["asserted", "reported", "planned", "hypothetical", "negated"];

/** Words of the article that locate an item: the exact string, and which occurrence (1-based). */
export interface Quote {
  text: string;
  /** null: the quote must occur once; "all": every occurrence (drop_mention only). */
  occurrence: number | "all" | null;
  line: number;
}

/** An actor named by id (`elon-musk`) or by name or alias (`Elon Musk`, `Musk`). */
export interface ActorRef {
  ref: string;
  line: number;
}

interface Base {
  line: number;
  note: string | null;
}

export type FigureFix = Partial<{ value: number | null; low: number | null; high: number | null; unit: string; approx: boolean; kind: FigureKind; bound: "min" | "max" | null }>;

export type Correction = Base &
  (
    | { action: "drop_mention"; quote: Quote; kind: ItemKind | null }
    | { action: "fix_figure"; quote: Quote; set: FigureFix }
    | { action: "fix_time"; quote: Quote; set: Partial<When> }
    | { action: "merge_actors"; into: ActorRef; actors: ActorRef[] }
    | { action: "rename_actor"; actor: ActorRef; name: string }
    | { action: "set_actor_type"; actor: ActorRef; type: ActorType }
    | { action: "add_event"; quote: Quote; label: string; type: string; actors: ActorRef[]; when: When | null; modality: Modality; source: ActorRef | null }
    | { action: "add_relation"; quote: Quote; source: ActorRef; target: ActorRef; type: RelationType }
  );

/** A problem in a correction file, before it is given the file's name. */
export interface SchemaProblem {
  line: number;
  message: string;
}

/** Fields allowed for each action; `*` marks the required ones. Every action also takes `note`. */
export const FIELDS: Record<Action, readonly string[]> = {
  drop_mention: ["*quote", "occurrence", "kind"],
  fix_figure: ["*quote", "occurrence", "value", "low", "high", "unit", "approx", "kind", "bound"],
  fix_time: ["*quote", "occurrence", "date", "from", "to", "precision"],
  merge_actors: ["*into", "*actors"],
  rename_actor: ["*actor", "*name"],
  set_actor_type: ["*actor", "*type"],
  add_event: ["*quote", "occurrence", "*label", "*type", "*actors", "when", "modality", "source"],
  add_relation: ["*quote", "occurrence", "*source", "*target", "*type"],
};

const list = (xs: readonly string[]) => xs.join(", ");
const show = (v: unknown) => (typeof v === "string" ? `'${v}'` : JSON.stringify(v));

type Result<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const bad = <T>(message: string): Result<T> => ({ ok: false, message });

/** The JS value of a node, for scalars; undefined for maps and lists. */
function scalar(node: unknown): unknown {
  if (node == null) return null;
  return isScalar(node) ? node.value : undefined;
}

function text(node: unknown, what: string): Result<string> {
  const v = scalar(node);
  if (typeof v === "string" && v.trim()) return ok(v);
  if (typeof v === "number" || typeof v === "boolean") return ok(String(v));
  return bad(`${what} must be a non-empty text`);
}

function number(node: unknown, field: string): Result<number | null> {
  const v = scalar(node);
  if (v === null) return ok(null);
  if (typeof v === "number" && Number.isFinite(v)) return ok(v);
  return bad(`'${field}' must be a number written with digits only (10000000 or 1e7) or null, not ${show(v ?? "a list")}`);
}

function oneOf<T extends string>(node: unknown, field: string, allowed: readonly T[]): Result<T> {
  const v = scalar(node);
  if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return ok(v as T);
  return bad(`'${field}' is ${show(v ?? "a list")}: allowed: ${list(allowed)}`);
}

/** A date scalar: `2018` unquoted is a YAML number, read as the year. */
function dateText(node: unknown): unknown {
  const v = scalar(node);
  return typeof v === "number" && Number.isInteger(v) && v >= 1000 && v <= 9999 ? String(v) : v;
}

function date(node: unknown, field: string, end: "from" | "to"): Result<string | null> {
  const v = dateText(node);
  if (v === null) return ok(null);
  if (typeof v === "string" && validDate(v)) return ok(interval(v)[end]);
  return bad(`'${field}' is ${show(v ?? "a list")}: write a real date as YYYY-MM-DD, YYYY-MM or YYYY (or null for an open end)`);
}

function when(node: unknown, lineOf: (n: unknown) => number, problems: SchemaProblem[]): When | null {
  const v = scalar(node);
  if (v === null) return null;
  if (typeof v === "string" || typeof v === "number") {
    const s = String(v);
    if (validDate(s)) return interval(s);
    problems.push({ line: lineOf(node), message: `'when' is ${show(v)}: write a real date as YYYY-MM-DD, YYYY-MM or YYYY, or a map with from, to and precision` });
    return null;
  }
  if (isMap(node)) {
    const out: When = { from: null, to: null, precision: "day" };
    let precision: Precision | null = null;
    for (const pair of node.items) {
      const key = String(scalar(pair.key));
      const at = lineOf(pair.value ?? pair.key);
      if (key === "from" || key === "to") {
        const r = date(pair.value, `when.${key}`, key);
        if (r.ok) out[key] = r.value;
        else problems.push({ line: at, message: r.message });
      } else if (key === "precision") {
        const r = oneOf(pair.value, "when.precision", PRECISIONS);
        if (r.ok) precision = r.value;
        else problems.push({ line: at, message: r.message });
      } else problems.push({ line: lineOf(pair.key), message: `unknown field 'when.${key}': allowed: from, to, precision` });
    }
    if (!out.from && !out.to) problems.push({ line: lineOf(node), message: "'when' needs at least 'from' or 'to'" });
    if (out.from && out.to && out.from > out.to) problems.push({ line: lineOf(node), message: `'when' starts (${out.from}) after it ends (${out.to}): swap from and to` });
    out.precision = precision ?? (out.from && out.to ? interval(out.from).precision : "vague");
    return out;
  }
  problems.push({ line: lineOf(node), message: "'when' must be a date (YYYY-MM-DD, YYYY-MM, YYYY) or a map with from, to and precision" });
  return null;
}

/** Parses and validates one correction file. Returns the valid corrections and every problem. */
export function parseCorrections(source: string): { corrections: Correction[]; problems: SchemaProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: SchemaProblem[] = [];
  const lineAt = (offset: number) => counter.linePos(offset).line;
  const lineOf = (n: unknown): number => {
    const range = (n as Node | null)?.range;
    return range ? lineAt(range[0]) : 1;
  };
  for (const e of [...doc.errors, ...doc.warnings]) {
    const line = e.linePos?.[0]?.line ?? lineAt(e.pos[0]);
    problems.push({ line, message: `broken YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}` });
  }
  if (doc.errors.length) return { corrections: [], problems };
  const root = doc.contents;
  if (root == null) return { corrections: [], problems };
  if (!isSeq(root)) {
    problems.push({ line: lineOf(root), message: "a correction file is a list of corrections, each starting with '- action: <action>'" });
    return { corrections: [], problems };
  }
  const corrections: Correction[] = [];
  for (const item of root.items) {
    const line = lineOf(item);
    if (!isMap(item)) {
      problems.push({ line, message: `a correction is a map of 'field: value' lines starting with 'action:', not ${show(scalar(item) ?? "a list")}` });
      continue;
    }
    const fields = new Map<string, { key: unknown; value: unknown }>();
    for (const pair of item.items) fields.set(String(scalar(pair.key)), { key: pair.key, value: pair.value });
    const actionField = fields.get("action");
    if (!actionField) {
      problems.push({ line, message: `this correction has no 'action': add 'action: <one of ${list(ACTIONS)}>'` });
      continue;
    }
    const action = oneOf(actionField.value, "action", ACTIONS);
    if (!action.ok) {
      problems.push({ line: lineOf(actionField.value ?? actionField.key), message: `unknown action: ${action.message.replace(/^'action' is /, "")}` });
      continue;
    }
    const before = problems.length;
    const allowed = FIELDS[action.value];
    const names = allowed.map((f) => f.replace(/^\*/, ""));
    for (const [name, f] of fields) {
      if (name === "action" || name === "note") continue;
      if (!names.includes(name)) problems.push({ line: lineOf(f.key), message: `unknown field '${name}' in ${action.value}: allowed: ${list(names)}, note` });
    }
    for (const f of allowed)
      if (f.startsWith("*") && !fields.has(f.slice(1))) problems.push({ line, message: `${action.value} needs '${f.slice(1)}': required fields: ${list(allowed.filter((x) => x.startsWith("*")).map((x) => x.slice(1)))}` });

    const take = <T>(name: string, parse: (node: unknown, name: string) => Result<T>): T | undefined => {
      const f = fields.get(name);
      if (!f) return undefined;
      const r = parse(f.value, name);
      if (r.ok) return r.value;
      problems.push({ line: lineOf(f.value ?? f.key), message: r.message });
      return undefined;
    };
    const actorRef = (node: unknown, name: string): Result<ActorRef> => {
      const r = text(node, `'${name}'`);
      return r.ok ? ok({ ref: r.value.trim(), line: lineOf(node) }) : bad(`${r.message}: an actor id (elon-musk) or name (Elon Musk)`);
    };
    const actorRefs = (node: unknown, name: string): Result<ActorRef[]> => {
      if (isSeq(node) && node.items.length) {
        const out: ActorRef[] = [];
        for (const x of node.items) {
          const r = actorRef(x, name);
          if (r.ok) out.push(r.value);
          else problems.push({ line: lineOf(x), message: r.message });
        }
        return ok(out);
      }
      const one = actorRef(node, name);
      return one.ok ? ok([one.value]) : bad(`'${name}' must be a list of actor ids or names, e.g. [elon-musk, twitter]`);
    };
    const occurrence = take("occurrence", (node, name): Result<number | "all"> => {
      const v = scalar(node);
      if (typeof v === "number" && Number.isInteger(v) && v >= 1) return ok(v);
      if (v === "all" && action.value === "drop_mention") return ok("all");
      return bad(`'${name}' is ${show(v ?? "a list")}: allowed: 1, 2, 3... (which occurrence of the quote, counting from 1)${action.value === "drop_mention" ? " or all" : ""}`);
    });
    const quoteText = take("quote", (node): Result<string> => {
      const v = scalar(node);
      return typeof v === "string" && v.length > 0 ? ok(v) : bad("'quote' must be the exact words of the article, in quotes");
    });
    const quote: Quote | undefined = quoteText === undefined ? undefined : { text: quoteText, occurrence: occurrence ?? null, line: lineOf(fields.get("quote")?.value) };
    const note = take("note", (n) => text(n, "'note'")) ?? null;
    const base = { line, note };

    let built: Correction | null = null;
    switch (action.value) {
      case "drop_mention": {
        const kind = take("kind", (n, f) => oneOf(n, f, ITEM_KINDS)) ?? null;
        if (quote) built = { ...base, action: "drop_mention", quote, kind };
        break;
      }
      case "fix_figure": {
        const set: FigureFix = {};
        for (const key of ["value", "low", "high"] as const) {
          const v = take(key, number);
          if (v !== undefined) set[key] = v;
        }
        const unit = take("unit", (n, f): Result<string> => {
          const r = text(n, `'${f}'`);
          return r.ok && /^(?:[A-Z]{3}|percent|[A-Za-z][A-Za-z -]*)$/.test(r.value)
            ? ok(r.value)
            : bad(`'${f}' must be an ISO 4217 code (USD, EUR), 'percent', or the English singular noun counted (GPU, engineer)`);
        });
        if (unit !== undefined) set.unit = unit;
        const approx = take("approx", (n, f): Result<boolean> => (typeof scalar(n) === "boolean" ? ok(scalar(n) as boolean) : bad(`'${f}' must be true or false`)));
        if (approx !== undefined) set.approx = approx;
        const kind = take("kind", (n, f) => oneOf(n, f, FIGURE_KINDS));
        if (kind !== undefined) set.kind = kind;
        const bound = take("bound", (n, f): Result<"min" | "max" | null> => (scalar(n) === null ? ok(null) : oneOf(n, f, ["min", "max"] as const)));
        if (bound !== undefined) set.bound = bound;
        if (!Object.keys(set).length && problems.length === before)
          problems.push({ line, message: "fix_figure changes nothing: give at least one of value, low, high, unit, approx, kind, bound" });
        const low = set.low ?? null;
        const high = set.high ?? null;
        if (low !== null && high !== null && low > high) problems.push({ line, message: `'low' (${low}) is above 'high' (${high}): swap them` });
        if (quote) built = { ...base, action: "fix_figure", quote, set };
        break;
      }
      case "fix_time": {
        const set: Partial<When> = {};
        const day = take("date", (n, f): Result<When> => {
          const v = dateText(n);
          return typeof v === "string" && validDate(v) ? ok(interval(v)) : bad(`'${f}' is ${show(v ?? "a list")}: write a real date as YYYY-MM-DD, YYYY-MM or YYYY`);
        });
        if (day) Object.assign(set, day);
        const from = take("from", (n, f) => date(n, f, "from"));
        if (from !== undefined) set.from = from;
        const to = take("to", (n, f) => date(n, f, "to"));
        if (to !== undefined) set.to = to;
        const precision = take("precision", (n, f) => oneOf(n, f, PRECISIONS));
        if (precision !== undefined) set.precision = precision;
        if (!Object.keys(set).length && problems.length === before)
          problems.push({ line, message: "fix_time changes nothing: give 'date' (YYYY-MM-DD, YYYY-MM or YYYY), or from, to and precision" });
        if (set.from && set.to && set.from > set.to) problems.push({ line, message: `the time starts (${set.from}) after it ends (${set.to}): swap from and to` });
        if (quote) built = { ...base, action: "fix_time", quote, set };
        break;
      }
      case "merge_actors": {
        const into = take("into", actorRef);
        const actors = take("actors", actorRefs);
        if (into && actors) built = { ...base, action: "merge_actors", into, actors };
        break;
      }
      case "rename_actor": {
        const actor = take("actor", actorRef);
        const name = take("name", (n) => text(n, "'name'"));
        if (actor && name) built = { ...base, action: "rename_actor", actor, name: name.trim() };
        break;
      }
      case "set_actor_type": {
        const actor = take("actor", actorRef);
        const type = take("type", (n, f) => oneOf(n, f, ACTOR_TYPES));
        if (actor && type) built = { ...base, action: "set_actor_type", actor, type };
        break;
      }
      case "add_event": {
        const label = take("label", (n) => text(n, "'label'"));
        const type = take("type", (n, f): Result<string> => {
          const v = scalar(n);
          return typeof v === "string" && /^[a-z][a-z_]*$/.test(v) ? ok(v) : bad(`'${f}' is ${show(v ?? "a list")}: an event type in lower case (acquire, found, invest, leave, hire, announce, ...)`);
        });
        const actors = take("actors", actorRefs);
        const whenField = fields.get("when");
        const w = whenField ? when(whenField.value, lineOf, problems) : null;
        const modality = take("modality", (n, f) => oneOf(n, f, MODALITIES)) ?? "asserted";
        const source = take("source", actorRef) ?? null;
        if (quote && label && type && actors) built = { ...base, action: "add_event", quote, label: label.trim(), type, actors, when: w, modality, source };
        break;
      }
      case "add_relation": {
        const source = take("source", actorRef);
        const target = take("target", actorRef);
        const type = take("type", (n, f) => oneOf(n, f, RELATION_TYPES));
        if (quote && source && target && type) built = { ...base, action: "add_relation", quote, source, target, type };
        break;
      }
    }
    if (quote && quote.occurrence === "all" && action.value !== "drop_mention") built = null;
    if (built && problems.length === before) corrections.push(built);
  }
  return { corrections, problems };
}
