// What the site's data loaders print. A broken article never breaks the site: its problem travels
// in `story.problems` and the overview page shows it; `npm run check` fails on it.
import { buildStory } from "./story.ts";
import { formatProblem } from "./problems.ts";
import type { Story } from "./types.ts";

export function loadStory(root = process.cwd()): Story {
  const story = buildStory(undefined, { root });
  for (const p of story.problems) process.stderr.write(formatProblem(p) + "\n");
  return story;
}
