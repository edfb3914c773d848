// Servers started by tests and scripts listen on a port the system has just handed out, never a fixed one:
// other test runs and builds share the machine.
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago (the system picks it; the listener is closed again). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The same, for synchronous callers such as playwright.config.ts (asks a short child process). */
export function freePortSync(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}
