import { defineConfig } from "vitest/config";

// Unit and component tests. Browser tests have their own config (vitest.browser.config.ts).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    env: { TZ: "UTC" },
  },
});
