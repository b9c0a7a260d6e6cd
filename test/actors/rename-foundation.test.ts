// Twitter's new name X in rename phrases, the common nouns that stay the letter X even after a cue,
// and the Musk Foundation as an organisation of its own. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { mentionsOf } from "./helpers.ts";

describe("X after a rename phrase is Twitter", () => {
  it.each([
    ["fr", "En juillet, Twitter devient X et perd son oiseau bleu.", ["Twitter", "X", "oiseau bleu"]],
    ["fr", "Le réseau, rebaptisé X au cours de l'été, perd des annonceurs.", ["X"]],
    ["fr", "La plateforme, renommée X en 2023, a changé de logo.", ["X"]],
    ["fr", "L'ancien site de microblogging, renommé X, reste déficitaire.", ["site de microblogging", "X"]],
    ["fr", "Le service est désormais appelé X par ses dirigeants.", ["X"]],
    ["en", "The platform, renamed X last summer, lost advertisers.", ["X"]],
    ["en", "The company was rebranded as X in July.", ["X"]],
    ["en", "The app, now called X, has fewer daily users.", ["X"]],
    ["en", "Musk bought the bird app and renamed it X.", ["bird app", "X"]],
    ["en", "The site, now known as X, cut its trust and safety team.", ["X"]],
  ] as const)("%s: %s", (lang, text, texts) => {
    expect(mentionsOf(text, lang).twitter).toEqual(texts);
  });
});

describe("the letter X stays a common noun, even after Twitter was renamed X", () => {
  it.each([
    ["fr", "Il portait un X blanc sur son maillot."],
    ["fr", "La génération X boude les réseaux sociaux."],
    ["fr", "Le film a été classé X par la commission."],
    ["en", "The X-ray showed a fracture."],
    ["en", "Generation X voters distrust social media."],
    ["en", "Voters of generation X distrust social media."],
  ] as const)("not in: %s", (lang, text) => {
    expect(mentionsOf(text, lang).twitter).toBeUndefined();
  });
  it.each([
    ["fr", "Twitter devient X. Un X blanc remplace l'oiseau, ce qui déplaît à la génération X.", ["Twitter", "X"]],
    ["en", "Twitter was renamed X. Rated X by critics, the logo pleased generation X less than the X-ray of a bird.", ["Twitter", "X"]],
  ] as const)("only the rename counts: %s", (lang, text, texts) => {
    expect(mentionsOf(text, lang).twitter).toEqual(texts);
  });
});

describe("the Musk Foundation is its own organisation", () => {
  it.each([
    ["fr", "La fondation Musk a versé 5 millions de dollars à une université texane.", ["fondation Musk"]],
    ["fr", "Elon Musk a fait un don. La Fondation Musk finance aussi la recherche.", ["Fondation Musk"]],
    ["en", "The Musk Foundation gave 5 million dollars to a Texas school.", ["Musk Foundation"]],
    ["en", "Elon Musk said the Musk Foundation would fund the research.", ["Musk Foundation"]],
  ] as const)("%s: %s", (lang, text, texts) => {
    const m = mentionsOf(text, lang);
    expect(m["musk-foundation"]).toEqual(texts);
    // Not a mention of Elon Musk: only his full name, where written, is.
    expect(m["elon-musk"] ?? []).toEqual(text.includes("Elon Musk") ? ["Elon Musk"] : []);
  });
});
