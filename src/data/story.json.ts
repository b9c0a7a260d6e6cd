// The Story JSON of every article in data/articles (see loaders/types.ts).
import { loadStory } from "../../loaders/site.ts";

process.stdout.write(JSON.stringify(loadStory()));
