import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const restrict = (patterns) => ["error", { patterns }];

// A module that imports the database (db/client or db/queries) must also import "server-only", so a client
// component can never pull it (and the database driver) into the browser bundle: the build fails instead.
const touchesDatabase = /^@\/db\/(client|queries\/.+)$/;
const serverOnly = {
  rules: {
    "database-modules": {
      meta: {
        type: "problem",
        messages: { missing: 'This module touches the database: add `import "server-only";` at its top.' },
      },
      create(context) {
        let dbImport = null;
        let guarded = false;
        return {
          ImportDeclaration(node) {
            if (node.source.value === "server-only") guarded = true;
            else if (node.importKind !== "type" && touchesDatabase.test(node.source.value)) dbImport ??= node;
          },
          "Program:exit"() {
            if (dbImport && !guarded) context.report({ node: dbImport, messageId: "missing" });
          },
        };
      },
    },
  },
};

// Imports flow one way (docs/ARCHITECTURE.md, Layers): app -> components, lib -> db. These rules keep it that way.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "db/migrations/**",
    "playwright-report/**",
    "test-results/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The app's own modules; tests, test helpers, the seed and the scripts import db code directly (vitest
    // resolves "server-only" to its empty module, tsx runs with --conditions=react-server).
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/testing.ts", "**/testing/**"],
    plugins: { "server-only": serverOnly },
    rules: { "server-only/database-modules": "error" },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        {
          group: ["@/app/*", "@/components/*", "next/*", "react", "react-dom"],
          message: "db/ never imports UI or Next.",
        },
      ]),
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        { group: ["@/app/*"], message: "Pages pass server actions to components as props." },
        { group: ["@/db/*"], allowTypeImports: true, message: "Components may use db types, never db code." },
      ]),
    },
  },
  {
    files: ["lib/domain/**/*.ts", "lib/validation/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict([
        {
          group: ["@/db/*", "@/app/*", "@/components/*", "next/*"],
          message: "Pure logic: no data access or UI.",
        },
      ]),
    },
  },
]);
