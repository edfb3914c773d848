// @ts-check

/**
 * Headers for every response, static files included. The Content-Security-Policy (with its per-response
 * nonce) and Cache-Control: no-store are set per request in proxy.ts.
 */
const securityHeaders = [
  // Browsers remember to use https only; sent over http it is ignored, so it is safe in development too.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Only the origin leaves the site: paths carry patient ids.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  // For browsers older than CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "web-push"],
  poweredByHeader: false,
  experimental: {
    // Said out loud, and the same figure proxy.ts enforces first (lib/security/request-guard.ts), so an oversized
    // action is answered 413 there instead of failing inside Next.
    serverActions: { bodySizeLimit: "1mb" },
  },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
