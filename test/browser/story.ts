// The Story JSON the build wrote (dist/_file/data/story.<hash>.json): browser tests derive the
// number of marks they expect from it, so the counts follow the extraction as it improves.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Story } from "../../loaders/types.ts";
import { DIST } from "./harness.ts";

export function builtStory(dir = DIST): Story {
  const folder = join(dir, "_file/data");
  const file = readdirSync(folder).find((f) => /^story\.[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error(`no story.<hash>.json in ${folder}: run npm run build first`);
  return JSON.parse(readFileSync(join(folder, file), "utf8")) as Story;
}

/** The URL pattern of the story request, for route overrides. */
export const STORY_REQUEST = /\/_file\/data\/story\.[0-9a-f]+\.json$/;

/** Events with at least one known end: the timeline draws them. */
export const datedEvents = (story: Story) => story.events.filter((e) => e.when && (e.when.from !== null || e.when.to !== null));

/** Elements of the marks described by `description` (Plot puts a mark's ariaDescription on its <g>). */
export const markSelector = (chart: string, description: string, shapes: string) =>
  shapes
    .split(",")
    .map((shape) => `.sa-chart[data-chart="${chart}"] g[aria-description="${description}"] ${shape.trim()}`)
    .join(", ");
