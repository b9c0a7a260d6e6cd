// Real-browser test harness: serves the built site (dist/) on 127.0.0.1 and drives Debian's
// Chromium through playwright-core. Each opened page records its console errors, page errors and
// every request to a host other than 127.0.0.1, so tests can assert the site is offline-clean.
//
//   const site = await startSite();            // in beforeAll
//   const view = await site.open("/timeline", {width: 1280, colorScheme: "dark"});
//   expect(view.errors).toEqual([]); expect(view.foreign).toEqual([]);
//   await site.close();                         // in afterAll
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const DIST = resolve("dist");
export const SCREENSHOTS = resolve("test/output/screenshots");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Whether the browser tests can run. Without Chromium they say so loudly; under CI=true they fail. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `\n*** Browser tests NOT RUN: no Chromium at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH. ***\n`;
  if (process.env.CI === "true") throw new Error(message);
  console.error(message);
  return false;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".csv": "text/csv",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** A static file server over dist/, with Framework's clean URLs (/timeline serves timeline.html). */
export function serveDist(dir = DIST): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir}/index.html is missing: run npm run build first`);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    if (path.endsWith("/")) path += "index";
    const candidates = [join(dir, path), join(dir, `${path}.html`)];
    const file = candidates.find((c) => c.startsWith(dir) && existsSync(c) && statSync(c).isFile());
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => ok({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

export interface View {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** URLs requested from any host but 127.0.0.1. */
  foreign: string[];
  /** Every URL requested (same host included), for weight measurements. */
  requests: string[];
  screenshot(name: string): Promise<string>;
}

/** A same-origin request answered by the test instead of dist/ (e.g. a synthetic story.json). */
export interface RouteOverride {
  match: RegExp;
  body: string | Buffer;
  contentType?: string;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
  reducedMotion?: "reduce" | "no-preference";
  routes?: RouteOverride[];
  /** Playwright's waitUntil for the first navigation (default "networkidle"). */
  waitUntil?: "load" | "domcontentloaded" | "networkidle" | "commit";
}

export interface Site {
  origin: string;
  browser: Browser;
  open(path: string, options?: OpenOptions): Promise<View>;
  close(): Promise<void>;
}

export async function startSite(dir = DIST): Promise<Site> {
  const { server, origin } = await serveDist(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const contexts: BrowserContext[] = [];
  return {
    origin,
    browser,
    async open(path, { width = 1280, height = 900, colorScheme = "light", reducedMotion = "no-preference", routes = [], waitUntil = "networkidle" } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      const foreign: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.route("**/*", (route) => {
        const u = new URL(route.request().url());
        requests.push(u.href);
        const override = routes.find((r) => r.match.test(u.href));
        if (override && u.hostname === "127.0.0.1") return route.fulfill({ status: 200, body: override.body, contentType: override.contentType ?? "application/json" });
        if (u.protocol === "data:" || u.protocol === "blob:" || u.hostname === "127.0.0.1") return route.continue();
        foreign.push(u.href);
        return route.abort();
      });
      await page.goto(origin + path, { waitUntil });
      return {
        page,
        context,
        errors,
        foreign,
        requests,
        async screenshot(name: string) {
          mkdirSync(SCREENSHOTS, { recursive: true });
          const file = join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          return file;
        },
      };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
