// The en language pack: its extractors, in the order the pipeline runs them.
import type { LanguagePack } from "../pack.ts";
import { extractFigures } from "./figures/index.ts";
import { extractTimes } from "./times/index.ts";

export const pack: LanguagePack = {
  language: "en",
  figures: extractFigures,
  times: extractTimes,
};
