// Lasting links between actors, derived from the events (direction from the doer).
import type { Actor, Relation, StoryEvent } from "../types.ts";

export function deriveRelations(events: StoryEvent[], actors: Actor[]): Relation[] {
  void events;
  void actors;
  return [];
}
