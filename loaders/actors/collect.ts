// Gathers the actors of one article as the passes find them, and the look-ups into the gazetteer
// that the passes share.
import type { ActorType } from "../types.ts";
import type { Gazetteer } from "./gazetteer.ts";

export interface Span {
  start: number;
  end: number;
}

export interface FoundActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  mentions: Span[];
  origin: "gazetteer" | "text";
  description: string | null;
}

const byId = new WeakMap<Gazetteer, Map<string, number>>();
/** The entry with this id, or -1. */
export function gazetteerIdIndex(gz: Gazetteer, id: string): number {
  let index = byId.get(gz);
  if (!index) byId.set(gz, (index = new Map(gz.entries.map((e, k) => [e.id, k]))));
  return index.get(id) ?? -1;
}

const byLowerName = new WeakMap<Gazetteer, Map<string, number>>();
/** The entry that has this name or alias (case ignored), or -1. */
export function gazetteerIndexOf(gz: Gazetteer, name: string): number {
  let index = byLowerName.get(gz);
  if (!index) {
    index = new Map();
    gz.entries.forEach((e, k) => {
      for (const a of [e.name, ...e.aliases, ...e.cued]) if (!index!.has(a.toLowerCase())) index!.set(a.toLowerCase(), k);
    });
    byLowerName.set(gz, index);
  }
  return index.get(name.toLowerCase()) ?? -1;
}

export class Collector {
  private byKey = new Map<string, FoundActor>();

  add(key: string, make: () => Omit<FoundActor, "mentions">, span: Span, surface: string | null): FoundActor {
    let a = this.byKey.get(key);
    if (!a) {
      const made = make();
      a = { id: made.id, name: made.name, type: made.type, aliases: made.aliases, mentions: [], origin: made.origin, description: made.description };
      this.byKey.set(key, a);
    }
    a.mentions.push(span);
    if (surface && surface !== a.name && !a.aliases.includes(surface)) a.aliases.push(surface);
    return a;
  }

  /** The actors with their mentions in text order (one per place), ordered by first mention. */
  list(): FoundActor[] {
    const out: FoundActor[] = [];
    for (const a of this.byKey.values()) {
      if (!a.mentions.length) continue;
      const sorted = a.mentions.slice().sort((x, y) => x.start - y.start || x.end - y.end);
      const mentions = sorted.filter((m, k) => k === 0 || m.start !== sorted[k - 1].start || m.end !== sorted[k - 1].end);
      out.push({ ...a, mentions });
    }
    return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
