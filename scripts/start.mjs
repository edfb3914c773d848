// One command from a fresh clone: keep a local auth secret, build when the sources changed, then serve.
// Migrations, the demo seed and the printed demo logins happen inside the server (instrumentation.ts), which
// Next runs before the first request it serves; this script sends that first request itself as soon as the
// server listens, so the database is ready and the logins are on the console without anyone opening a page.
import { spawnSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
mkdirSync(dataDir, { recursive: true });

/** The embedded default needs no configuration: a random secret is made once and kept in .data/. */
function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

/**
 * The Web Push (VAPID) key pair, made once with web-push and kept in .data/ like the auth secret. The
 * variables VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY override it (several instances must share one pair).
 */
function ensureVapidKeys() {
  if (process.env.VAPID_PUBLIC_KEY && process.env.VAPID_PRIVATE_KEY) return;
  const file = path.join(dataDir, "vapid-keys.json");
  if (!existsSync(file)) {
    const webpush = createRequire(import.meta.url)("web-push");
    writeFileSync(file, JSON.stringify(webpush.generateVAPIDKeys()), { mode: 0o600 });
  }
  const keys = JSON.parse(readFileSync(file, "utf8"));
  process.env.VAPID_PUBLIC_KEY = keys.publicKey;
  process.env.VAPID_PRIVATE_KEY = keys.privateKey;
}

const sourceRoots = [
  "app",
  "components",
  "lib",
  "db",
  "instrumentation.ts",
  "proxy.ts",
  "instrumentation-client.ts",
  "next.config.js",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

/** A fingerprint of everything the build depends on: paths, sizes and modification times. */
function sourceFingerprint() {
  const hash = createHash("sha256");
  const walk = (p) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return;
    const st = statSync(full);
    if (st.isDirectory()) {
      for (const name of readdirSync(full).sort()) if (name !== "migrations") walk(path.join(p, name));
    } else {
      hash.update(`${p}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  sourceRoots.forEach(walk);
  return hash.digest("hex");
}

function buildIfNeeded() {
  const stamp = path.join(root, ".next", "gradus-build-stamp");
  const fingerprint = sourceFingerprint();
  if (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === fingerprint
  )
    return;
  console.log("[gradus] Building the app (first start or sources changed)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, fingerprint);
}

ensureAuthSecret();
ensureVapidKeys();
process.env.AUTH_TRUST_HOST ??= "true";
process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfNeeded();

process.env.PORT ??= "3000";
// Our own server entry, not `next start`: it takes the caller's address from the socket (scripts/server.mjs).
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** Asks the static health route until it answers: its first request runs instrumentation.ts to the end. */
async function prepareWhenListening() {
  const port = process.env.PORT;
  const url = `http://127.0.0.1:${port}/healthz`;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(600_000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`[gradus] Ready: http://localhost:${port}`);
}
void prepareWhenListening();
