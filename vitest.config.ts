import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside React's server build; the tests run the server modules directly, so it is
// the package's own empty module here (what Next resolves it to on the server).
const alias = {
  "@": path.resolve(__dirname),
  "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
};

// Two projects: pure unit tests, and data-layer tests against a real database (in-memory PGlite by default,
// a throwaway PostgreSQL database when TEST_DATABASE_URL is set; see db/testing/test-database.ts). A third,
// "cluster", starts its own PostgreSQL primary and streaming replica and runs only when asked
// (`npm run test:replicas`), since it needs the PostgreSQL server binaries.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          environment: "node",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(process.env.GRADUS_CLUSTER_TESTS
        ? [
            {
              resolve: { alias },
              test: {
                name: "cluster",
                environment: "node",
                include: ["**/*.cluster.test.ts"],
                exclude: ["node_modules/**", ".next/**"],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
