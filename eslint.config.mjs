import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const restrict = (patterns) => ["error", { patterns }];

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
