import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Article, Story } from "../../loaders/types.ts";
import { chromiumAvailable, startSite, type Site } from "./harness.ts";
import { STORY_REQUEST, builtStory } from "./story.ts";

const run = chromiumAvailable();

/** A story whose only article carries hostile HTML in its title, body and URL. */
function hostileStory(base: Story): Story {
  const sentences = [
    `Acme paid <script>window.__pwned = "script"</script> $5 million.`,
    `See <img src="x" onerror="window.__pwned = 'img'"> and <svg onload="window.__pwned = 'svg'"></svg>.`,
    `<a href="javascript:window.__pwned='link'">click</a> <iframe src="https://example.com/"></iframe>`,
  ];
  let text = "";
  const spans = sentences.map((s, index) => {
    if (text) text += " ";
    const start = text.length;
    text += s;
    return { index, start, end: text.length, heading: false };
  });
  const article: Article = {
    ...base.articles[0],
    id: "hostile",
    title: `<img src=x onerror="window.__pwned='title'">Hostile`,
    url: "javascript:window.__pwned='url'",
    text,
    sentences: spans,
  };
  return { articles: [article], figures: [], times: [], actors: [], events: [], relations: [], problems: [] };
}

describe.runIf(run)("source reader page in Chromium", () => {
  let site: Site;
  const story = run ? builtStory() : null!;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  test("shows every sentence of the article with its id and highlights by kind, with a legend", async () => {
    const article = story.articles[0];
    const view = await site.open(`/reader?article=${article.id}`);
    await view.page.waitForSelector(".sa-reader");
    expect(await view.page.locator(".sa-reader .sa-s").count()).toBe(article.sentences.length);
    expect(await view.page.locator(".sa-reader .sa-s").last().getAttribute("id")).toBe(`s-${article.sentences.length - 1}`);
    const figures = story.figures.filter((f) => f.article === article.id).length;
    // A figure cut by a sentence boundary is highlighted in both sentences: count the figures, not the pieces.
    const money = new Set(await view.page.locator(".sa-reader a.sa-hl-money, .sa-reader a.sa-hl-count").evaluateAll((els) => els.map((e) => e.getAttribute("data-ref")))).size;
    expect(money).toBeGreaterThanOrEqual(1);
    expect(money).toBeLessThanOrEqual(figures);
    expect(await view.page.locator(".sa-reader a.sa-hl-actor").count()).toBeGreaterThanOrEqual(1);
    expect(await view.page.locator(".sa-legend li").count()).toBe(4);
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
  });

  test("the chooser switches articles through ?article=", async () => {
    test.skipIf(story.articles.length < 2);
    const view = await site.open("/reader");
    const second = story.articles[1];
    await view.page.waitForSelector(".sa-reader");
    await Promise.all([view.page.waitForURL(/article=/), view.page.getByLabel("Article").selectOption(second.id)]);
    await view.page.waitForSelector(`.sa-reader[data-article="${second.id}"]`);
    expect(await view.page.locator(".sa-reader h2").textContent()).toBe(second.title);
  });

  test("a deep link scrolls to its sentence and highlights it", async () => {
    const article = story.articles[0];
    const last = article.sentences.length - 1;
    const view = await site.open(`/reader?article=${article.id}#s-${last}`, { height: 600 });
    await view.page.waitForSelector(".sa-s.sa-target");
    expect(await view.page.getAttribute(".sa-s.sa-target", "id")).toBe(`s-${last}`);
    const inView = await view.page.locator(".sa-s.sa-target").evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    expect(inView).toBe(true);
  });

  test("a highlight leads to its chart item", async () => {
    const view = await site.open(`/reader?article=${story.articles[0].id}`);
    await view.page.waitForSelector(".sa-reader a.sa-hl-money");
    const link = view.page.locator(".sa-reader a.sa-hl-money").first();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\.\/figures#/);
    await link.click();
    await view.page.waitForURL(/\/figures#/);
    await view.page.waitForSelector(".sa-chart[data-chart=money] g[aria-description='focused figure'] circle");
    expect(view.errors).toEqual([]);
  });

  test("an article with hostile HTML shows it as text and runs nothing", async () => {
    const hostile = hostileStory(story);
    const dialogs: string[] = [];
    const view = await site.open("/reader?article=hostile", { routes: [{ match: STORY_REQUEST, body: JSON.stringify(hostile) }] });
    view.page.on("dialog", (d) => (dialogs.push(d.message()), d.dismiss()));
    await view.page.waitForSelector(".sa-reader");
    await view.page.waitForTimeout(300);
    expect(await view.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(await view.page.locator(".sa-reader script, .sa-reader img, .sa-reader iframe, .sa-reader svg, .sa-reader [onerror], .sa-reader a[href^='javascript']").count()).toBe(0);
    expect(await view.page.locator("#s-0").textContent()).toBe(hostile.articles[0].text.slice(0, hostile.articles[0].sentences[0].end));
    expect(await view.page.locator(".sa-reader h2").textContent()).toBe(hostile.articles[0].title);
    expect(view.errors).toEqual([]);
    expect(view.foreign).toEqual([]);
    await view.screenshot("reader-hostile");
    const overview = await site.open("/", { routes: [{ match: STORY_REQUEST, body: JSON.stringify(hostile) }] });
    await overview.page.waitForSelector(".sa-articles");
    expect(await overview.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(await overview.page.locator(".sa-articles img").count()).toBe(0);
    expect(overview.errors).toEqual([]);
  });

  test("screenshots at 375 and 1280 px, light and dark", async () => {
    for (const width of [375, 1280])
      for (const colorScheme of ["light", "dark"] as const) {
        const view = await site.open(`/reader?article=${story.articles[0].id}#s-3`, { width, colorScheme });
        await view.page.waitForSelector(".sa-reader");
        await view.screenshot("reader");
        expect(view.errors).toEqual([]);
      }
  });
});
