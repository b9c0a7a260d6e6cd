// Correction files (data/corrections/*.yaml), applied after extraction.
import type { Problem, Story } from "../types.ts";

export function applyCorrections(story: Story, dir: string): { story: Story; problems: Problem[] } {
  void dir;
  return { story, problems: [] };
}
