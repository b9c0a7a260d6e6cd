// The Present page's tellings and chart data (see loaders/stories/types.ts).
import { loadPresentation } from "../../loaders/stories/index.ts";

process.stdout.write(JSON.stringify(loadPresentation()));
