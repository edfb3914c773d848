// Debian's nginx as the reverse proxy in front of the app instances, on a free port, with its config, logs
// and temp files in a private folder. It appends the client's address to X-Forwarded-For (one trusted hop:
// TRUSTED_PROXY_HOPS=1 on the instances) and passes the browser's Host, so server actions' origin check holds.
// A request that cannot reach an instance (killed, restarting) is passed to the next one; nginx does that
// for idempotent methods only, which includes the diary's PUT (its submission id makes a resend harmless).
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  freePort,
  giveToService,
  serviceFolder,
  startService,
  stopService,
  waitForPort,
} from "./processes.mjs";

const BINARY = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((file) => existsSync(file));

export async function startNginx(upstreamPorts: number[], listenPort?: number) {
  if (!BINARY) throw new Error("nginx is not installed (apt-get install nginx)");
  const dir = serviceFolder("gradus-nginx");
  const port = listenPort ?? (await freePort());
  for (const sub of ["temp", "logs"]) {
    mkdirSync(path.join(dir, sub));
    giveToService(path.join(dir, sub));
  }
  const conf = path.join(dir, "nginx.conf");
  const temp = path.join(dir, "temp");
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "logs", "error.log")} warn;
events { worker_connections 4096; }
http {
  access_log ${path.join(dir, "logs", "access.log")};
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  client_max_body_size 2m;
  upstream gradus {
${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=3s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://gradus;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`,
  );
  giveToService(conf);
  const log = path.join(dir, "logs", "nginx.out");
  let child: ChildProcess | undefined = startService(
    BINARY,
    ["-p", dir, "-c", conf, "-e", path.join(dir, "logs", "error.log")],
    { log },
  );
  await waitForPort(port);
  return {
    port,
    dir,
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopService(child, "SIGTERM");
      child = undefined;
    },
  };
}
