import { describe, expect, test } from "vitest";
import { ArticleChooser, Reader, focusSentence, highlights } from "../../src/components/reader.ts";
import { makeDocument } from "./dom.ts";
import { article, smallStory } from "./fixture.ts";
import type { Story } from "../../loaders/types.ts";

const story = smallStory();

describe("highlights", () => {
  test("figures, dates and actors of the article, without overlaps, each linked to its chart", () => {
    const marks = highlights(story, story.articles[0]).map((h) => [h.kind, story.articles[0].text.slice(h.start, h.end), h.href]);
    expect(marks).toContainEqual(["money", "40 millions d’euros", "./figures#2024-03-nova-fr%2Ff1"]);
    expect(marks).toContainEqual(["count", "2 500 serveurs", "./figures#2024-03-nova-fr%2Ff2"]);
    expect(marks).toContainEqual(["time", "Le 12 mars 2024", "./timeline#2024-03-nova-fr%2Fe1"]);
    expect(marks).toContainEqual(["actor", "Fonds Alpha", "./network?actor=fonds-alpha"]);
    expect(marks).toContainEqual(["actor", "Le Courrier", "./network?actor=le-courrier"]);
  });
});

describe("Reader", () => {
  test("gives every sentence an id s-<index> and keeps the wording", () => {
    const document = makeDocument();
    const el = Reader(story, { article: "2024-03-nova-fr", document });
    expect(Array.from(el.querySelectorAll(".sa-s"), (s) => s.id)).toEqual(["s-0", "s-1", "s-2", "s-3", "s-4"]);
    expect(el.querySelector("h3 #s-0")!.textContent).toBe("Nova lève des fonds");
    expect(el.querySelector("#s-2")!.textContent).toBe("Nova a acheté 2 500 serveurs en 2023.");
    expect(el.querySelectorAll("a.sa-hl-money").length).toBe(2);
  });

  test("an article with hostile HTML shows it as text and creates no element from it", () => {
    const document = makeDocument();
    const hostile = article("evil", "en", [
      `Acme paid <script>window.pwned = 1</script> $5 million.`,
      `See <img src=x onerror="window.pwned = 2"> and <a href="javascript:alert(1)">this</a>.`,
    ], { title: `<b onmouseover=alert(1)>Title</b>`, url: "javascript:alert(1)" });
    const s: Story = { ...story, articles: [hostile], figures: [], times: [], actors: [], events: [] };
    const el = Reader(s, { document });
    expect(el.querySelector("script, img, b, [onerror], [onmouseover], a[href^='javascript']")).toBeNull();
    expect(el.querySelector("#s-0")!.textContent).toBe("Acme paid <script>window.pwned = 1</script> $5 million.");
    expect(el.querySelector("#s-1")!.textContent).toContain(`<img src=x onerror="window.pwned = 2">`);
    expect(el.querySelector("h2")!.textContent).toBe("<b onmouseover=alert(1)>Title</b>");
  });

  test("an unknown article id throws, naming it", () => {
    expect(() => Reader(story, { article: "nope", document: makeDocument() })).toThrow('invalid article: "nope"');
  });

  test("a deep link marks its sentence as the target", () => {
    const document = makeDocument();
    const el = Reader(story, { document });
    document.body.appendChild(el);
    expect(focusSentence(el, "#s-2", { scroll: false })!.classList.contains("sa-target")).toBe(true);
    expect(focusSentence(el, "#s-3", { scroll: false })!.id).toBe("s-3");
    expect(el.querySelectorAll(".sa-target").length).toBe(1);
    expect(focusSentence(el, "#nothing", { scroll: false })).toBeNull();
  });

  test("the chooser lists every article and selects the current one", () => {
    const chooser = ArticleChooser(story, { article: "2024-04-nova-en", document: makeDocument() });
    const options = Array.from(chooser.querySelectorAll("option"));
    expect(options.map((o) => o.getAttribute("value"))).toEqual(["2024-03-nova-fr", "2024-04-nova-en"]);
    expect(options[1].hasAttribute("selected")).toBe(true);
  });
});
