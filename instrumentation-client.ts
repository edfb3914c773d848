// Runs in the browser before the app. Zod probes whether it may compile parsers with `new Function`; under
// our Content-Security-Policy (no 'unsafe-eval') the probe is refused and reported as a violation. Zod keeps
// its settings on globalThis.__zod_globalConfig (zod/v4/core/core.js) and reads `jitless` when a schema is
// built, so setting it here, before any schema module runs, turns the probe off without loading zod on
// pages that do not use it (the portal's first-load budget). e2e/auth/security-headers.spec.ts checks it.
const zodConfig = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
zodConfig.__zod_globalConfig = { ...zodConfig.__zod_globalConfig, jitless: true };
