// The production server: Next's request handler behind a plain Node HTTP server, so the caller's address comes
// from the socket (see support/forwarded-for.mjs) instead of from a header any client can send.
import { createServer } from "node:http";
import next from "next";
import { forwardedFor, trustedProxyHops } from "./support/forwarded-for.mjs";

const port = Number(process.env.PORT ?? 3000);
// `-H 127.0.0.1` listens on one interface only (as `next start -H` does); by default on all of them.
const hostArg = process.argv.indexOf("-H");
const hostname = hostArg > 0 ? process.argv[hostArg + 1] : undefined;
const hops = trustedProxyHops();
// Links the app writes (invites) are built from APP_URL only; on the embedded default that is this server.
process.env.APP_URL ||= `http://localhost:${port}`;

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers["x-forwarded-for"] = forwardedFor(
    req.headers["x-forwarded-for"],
    req.socket.remoteAddress,
    hops,
  );
  handle(req, res).catch((error) => {
    console.error("[gradus] request failed", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => {
  console.log(`[gradus] Listening on http://localhost:${port} (trusted proxy hops: ${hops})`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
