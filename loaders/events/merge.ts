// One event per real-world event. Two tellings are one event when
//   - their types belong to the same family (acquire/spend; or acquire/control sharing the patient),
//   - their doers agree (same agent; or one agent unknown and the patients overlap),
//   - their modality group agrees (a plan, a hypothesis or a denial is not the deed),
//   - their times do not conflict (both known and disjoint = two events),
//   - their figures do not conflict (same unit, different amount = two events),
//   - and they name the same thing: a shared patient or the same counted figure ("10 000 GPU").
// A telling that names no thing ("ces cartes achetées par le milliardaire", "il a investi",
// "dépensé des millions") is anaphoric: it joins the nearest compatible event of the same article.
// A response with a demonstrative object ("ont rejeté cette suggestion") joins the event just told.
import type { EventRoles, EventMention, Modality, StoryEvent, When } from "../types.ts";
import { FAMILY, RELATED_FAMILIES } from "./lexicon.ts";
import type { EventType } from "./lang/types.ts";

/** What merging reads of an event (the pipeline's StoryEvent or an event of one article before ids). */
export type Mergeable = Omit<StoryEvent, "id" | "articles"> & { id?: string; articles?: string[] };

const group = (m: Modality) => (m === "asserted" || m === "reported" ? "real" : m);

function overlaps(a: When | null, b: When | null): boolean {
  if (!a || !b) return true;
  return (!a.from || !b.to || a.from <= b.to) && (!b.from || !a.to || b.from <= a.to);
}

const PARSED = new Map<string, { unit: string; low: number; high: number }>();
function parseKey(key: string): { unit: string; low: number; high: number } {
  let parsed = PARSED.get(key);
  if (parsed) return parsed;
  const [unit, range] = key.split("=");
  const [low, high] = range.split("..").map(Number);
  parsed = { unit, low, high: high ?? low };
  if (PARSED.size < 10000) PARSED.set(key, parsed);
  return parsed;
}
/** Figure keys conflict when they count the same unit with disjoint amounts. */
function conflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a.map(parseKey))
    for (const y of b.map(parseKey)) if (x.unit === y.unit && (x.high < y.low * 0.99 || y.high < x.low * 0.99)) return true;
  return false;
}
const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

function families(a: string, b: string, patientsShared: boolean): boolean {
  const fa = FAMILY[a as EventType] ?? a;
  const fb = FAMILY[b as EventType] ?? b;
  if (fa === fb) return true;
  return patientsShared && RELATED_FAMILIES.some(([x, y]) => (fa === x && fb === y) || (fa === y && fb === x));
}

const EMPTY: EventRoles = { agent: null, patients: [], things: [], amounts: [], attempted: false, response: false };
export const rolesOf = (e: Mergeable): EventRoles => e.roles ?? EMPTY;
const r0 = rolesOf;
export const underspecified = (r: EventRoles) => r.patients.length === 0 && r.things.length === 0;

interface Cluster {
  members: Mergeable[];
  types: string[];
  roles: EventRoles;
  when: When | null;
  /** Every known time of its tellings: a new telling must fit them all (a vague one does not bridge two dates). */
  whens: When[];
  group: string;
  articles: string[];
  /** Sentence indexes of its mentions, per article. */
  places: Array<[string, number, number]>;
}

function canJoin(c: Cluster, e: Mergeable, anaphoric: boolean): boolean {
  const r = rolesOf(e);
  const patientsShared = shares(c.roles.patients, r.patients);
  if (!c.types.some((t) => families(t, e.type, patientsShared))) return false;
  if (group(e.modality) !== c.group) return false;
  if (e.when && !c.whens.every((w) => overlaps(w, e.when))) return false;
  if (conflict(c.roles.things, r.things) || conflict(c.roles.amounts, r.amounts)) return false;
  if (c.roles.patients.length && r.patients.length && !patientsShared) return false;
  // "signed the letter" and "signed the contract" are two deeds.
  if (c.roles.object && r.object && c.roles.object !== r.object) return false;
  if (anaphoric) return r.agent !== null && c.roles.agent === r.agent;
  if (c.roles.agent && r.agent && c.roles.agent !== r.agent) return false;
  if ((!c.roles.agent || !r.agent) && !patientsShared) return false;
  return patientsShared || shares(c.roles.things, r.things);
}

function join(c: Cluster, e: Mergeable) {
  const r = rolesOf(e);
  c.members.push(e);
  c.types.push(e.type);
  const u = (a: string[], b: string[]) => [...a, ...b.filter((x) => !a.includes(x))];
  c.roles = {
    agent: c.roles.agent ?? r.agent,
    coagents: u(c.roles.coagents ?? [], r.coagents ?? []),
    patients: u(c.roles.patients, r.patients),
    things: u(c.roles.things, r.things),
    amounts: u(c.roles.amounts, r.amounts),
    attempted: c.roles.attempted || r.attempted,
    response: false,
    ...(c.roles.object ?? r.object ? { object: c.roles.object ?? r.object } : {}),
  };
  c.when = c.when ?? e.when;
  if (e.when) c.whens.push(e.when);
  for (const a of e.articles ?? [e.article]) if (!c.articles.includes(a)) c.articles.push(a);
  c.places.push(...e.mentions.map((m) => [m.article, m.sentence, m.start] as [string, number, number]));
}

function open(e: Mergeable): Cluster {
  const c: Cluster = { members: [], types: [], roles: { ...EMPTY }, when: null, whens: [], group: group(e.modality), articles: [], places: [] };
  join(c, e);
  return c;
}

/** Distance in sentences from the cluster to an event of the same article (Infinity elsewhere). */
function distance(c: Cluster, e: Mergeable): number {
  let best = Infinity;
  const s = e.sentence.index;
  for (const [article, sentence] of c.places) if (article === e.article) best = Math.min(best, Math.abs(sentence - s));
  return best;
}

export interface MergeOptions {
  /** Order of articles (first = told first). */
  articleOrder: (id: string) => number;
  /** Whether a mention lies in a heading (the trigger is taken from the body when it can be). */
  isHeading?: (m: EventMention) => boolean;
  /** Paragraph of a sentence, for responses ("rejected this suggestion") that join the event just told. */
  paragraph?: (article: string, sentence: number) => number;
}

/** Merges tellings of one event; the result is in order of first telling. */
export function mergeTellings(events: readonly Mergeable[], options: MergeOptions): Array<{ members: Mergeable[]; roles: EventRoles; articles: string[] }> {
  const clusters: Cluster[] = [];
  // Clusters indexed by what a telling must share with them (family and doer, family and patient, article),
  // so merging many articles stays close to linear.
  const byKey = new Map<string, Cluster[]>();
  const rank = new Map<Cluster, number>();
  const keysOf = (e: Mergeable): string[] => {
    const r = rolesOf(e);
    const families = [FAMILY[e.type as EventType] ?? e.type];
    for (const [x, y] of RELATED_FAMILIES) if (families[0] === x) families.push(y);
    else if (families[0] === y) families.push(x);
    const keys = [`@${e.article}`];
    for (const f of families) {
      if (r.agent) keys.push(`${f}|a|${r.agent}`);
      for (const p of r.patients) keys.push(`${f}|p|${p}`);
      for (const t of r.things) keys.push(`${f}|t|${t}`);
      if (r.object) keys.push(`${f}|o|${r.object}`);
    }
    return keys;
  };
  const index = (c: Cluster, e: Mergeable) => {
    for (const k of keysOf(e)) {
      const list = byKey.get(k) ?? [];
      if (!list.includes(c)) list.push(c);
      byKey.set(k, list);
    }
  };
  const add = (e: Mergeable) => {
    const c = open(e);
    rank.set(c, clusters.length);
    clusters.push(c);
    index(c, e);
  };
  const joinIndexed = (c: Cluster, e: Mergeable) => {
    join(c, e);
    index(c, e);
  };
  const near = (e: Mergeable, keys: string[]): Cluster[] => {
    const seen = new Set<Cluster>();
    for (const k of keys) for (const c of byKey.get(k) ?? []) seen.add(c);
    return [...seen].sort((a, b) => rank.get(a)! - rank.get(b)!);
  };
  const anaphoric: Mergeable[] = [];
  const responses: Mergeable[] = [];
  for (const e of events) {
    const r = rolesOf(e);
    if (r.response) {
      responses.push(e);
      continue;
    }
    if (underspecified(r)) {
      anaphoric.push(e);
      continue;
    }
    const c = near(e, keysOf(e).filter((k) => !k.startsWith("@"))).find((c) => canJoin(c, e, false));
    if (c) joinIndexed(c, e);
    else add(e);
  }
  for (const e of anaphoric) {
    let best: Cluster | null = null;
    let bestDistance = Infinity;
    for (const c of near(e, [`@${e.article}`])) {
      if (!canJoin(c, e, true)) continue;
      const d = distance(c, e);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (!best && r0(e).object) {
      // The same deed told in another article, about the same document, by the same doer ("il a signé la lettre" and
      // "Musk was among the signatories of the letter, on March 29"): conservative, one of the two tellings is undated.
      const o = r0(e).object!;
      for (const c of near(e, [`${FAMILY[e.type as EventType] ?? e.type}|o|${o}`]))
        if (!c.articles.includes(e.article) && c.roles.object === o && (!e.when || !c.when) && canJoin(c, e, true)) {
          best = c;
          break;
        }
    }
    if (best) joinIndexed(best, e);
    else add(e);
  }
  for (const e of responses) {
    let best: Cluster | null = null;
    let bestAt = -1;
    const para = options.paragraph?.(e.article, e.sentence.index);
    for (const c of near(e, [`@${e.article}`]))
      for (const [article, sentence, start] of c.places) {
        if (article !== e.article || start >= e.trigger.start || e.sentence.index - sentence > 2) continue;
        if (para !== undefined && options.paragraph!(article, sentence) !== para) continue;
        if (start > bestAt) {
          best = c;
          bestAt = start;
        }
      }
    if (best) joinIndexed(best, e);
    else if (rolesOf(e).agent) add({ ...e, roles: { ...rolesOf(e), response: false } });
  }
  const order = (m: EventMention) => [options.articleOrder(m.article), m.start];
  const before = (a: EventMention, b: EventMention) => {
    const [x1, y1] = order(a);
    const [x2, y2] = order(b);
    return x1 - x2 || y1 - y2;
  };
  return clusters
    .map((c) => {
      const mentions = c.members.flatMap((m) => m.mentions).sort(before);
      const first = mentions.find((m) => !options.isHeading?.(m)) ?? mentions[0];
      // The trigger's own telling first.
      const lead = c.members.find((m) => m.mentions.includes(first)) ?? c.members[0];
      return { members: [lead, ...c.members.filter((m) => m !== lead)], roles: c.roles, articles: c.articles.sort((a, b) => options.articleOrder(a) - options.articleOrder(b)), first };
    })
    .sort((a, b) => before(a.first, b.first))
    .map(({ members, roles, articles }) => ({ members, roles, articles }));
}

/** Builds one event from its tellings (members[0] gives the trigger). */
export function combine(members: Mergeable[], roles: EventRoles, label: (e: Mergeable) => string): Mergeable {
  const lead = members[0];
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let type = lead.type;
  for (const [t, n] of counts) if (n > (counts.get(type) ?? 0)) type = t;
  const mentions: EventMention[] = [];
  const seen = new Set<string>();
  const all = [...lead.mentions, ...members.slice(1).flatMap((m) => m.mentions)];
  for (const m of all) {
    const key = `${m.article}:${m.start}:${m.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      mentions.push(m);
    }
  }
  const rest = mentions.slice(1).sort((a, b) => (a.article === b.article ? a.start - b.start : 0));
  const timed = lead.when ? lead : members.find((m) => m.when) ?? lead;
  const actors: string[] = [];
  for (const id of [roles.agent, ...roles.patients, ...members.flatMap((m) => m.actors)]) if (id && !actors.includes(id)) actors.push(id);
  const figures: string[] = [];
  for (const id of members.flatMap((m) => m.figures)) if (!figures.includes(id)) figures.push(id);
  const source = lead.source ?? members.find((m) => m.source)?.source ?? null;
  const merged: Mergeable = {
    ...lead,
    type,
    mentions: [mentions[0], ...rest],
    when: timed.when,
    time: timed.time,
    actors,
    figures,
    source,
    roles,
  };
  merged.label = label(merged);
  return merged;
}
