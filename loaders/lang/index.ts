import type { Language } from "../types.ts";
import type { LanguagePack } from "./pack.ts";
import { pack as fr } from "./fr/index.ts";
import { pack as en } from "./en/index.ts";

export const packs: Record<Language, LanguagePack> = { fr, en };
