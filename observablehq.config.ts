// Observable Framework configuration. The site must work with no network: no remote fonts or
// stylesheets (globalStylesheets is empty), and every client library is imported by its bare name
// from node_modules, never by an npm: or https: specifier.
export default {
  title: "Story Atlas",
  root: "src",
  output: "dist",
  theme: ["air", "near-midnight"],
  globalStylesheets: [],
  search: false,
  footer: "Story Atlas — every mark links back to the sentence it came from.",
  cleanUrls: true,
};
