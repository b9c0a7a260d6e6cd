// Observable Framework configuration. The site must work with no network: no remote fonts or
// stylesheets (globalStylesheets is empty), and every client library is imported by its bare name
// from node_modules, never by an npm: or https: specifier. src/style.css imports Framework's
// default styles and the light (air) / dark (near-midnight) themes by prefers-color-scheme.
import { existsSync } from "node:fs";

// The pages, in reading order. A page whose file is not there yet is left out of the sidebar
// (Framework fails the build on a listed page that does not exist).
const PAGES = [
  { name: "Overview", path: "/", file: "index.md" },
  { name: "Timeline", path: "/timeline", file: "timeline.md" },
  { name: "Investment sizes", path: "/figures", file: "figures.md" },
  { name: "Actor network", path: "/network", file: "network.md" },
  { name: "Source reader", path: "/reader", file: "reader.md" },
  { name: "Present", path: "/present", file: "present.md" },
];

export default {
  title: "Story Atlas",
  root: "src",
  output: "dist",
  style: "style.css",
  globalStylesheets: [],
  search: false,
  pages: PAGES.filter((p) => existsSync(new URL(`./src/${p.file}`, import.meta.url))).map(({ name, path }) => ({ name, path })),
  footer: "Story Atlas — every mark links back to the sentence it came from.",
  // Clean URLs (/timeline, not /timeline.html) are Framework's default; cleanUrls is deprecated.
};
