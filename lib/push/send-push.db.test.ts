import { createECDH, randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { IncomingMessage, Server } from "node:http";
import { Agent, createServer } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import ece from "http_ece";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import { makeClinic, makeStaff } from "@/db/testing/factories";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { sendPush } from "./send-push";

/**
 * Web Push end to end against a push service of our own: a local HTTPS endpoint (web-push only speaks https;
 * the certificate is made by the test with openssl and trusted through the agent) receives what web-push sends
 * (RFC 8030), and the test decrypts it (RFC 8291, aes128gcm, with http_ece, the library web-push itself uses)
 * with the subscription's private key and auth secret, as a browser would.
 */
let handle: TestDatabase;
let db: Database;
let server: Server;
let base: string;
const received: { path: string; headers: IncomingMessage["headers"]; body: Buffer }[] = [];
let answer = 201;
let agent: Agent;

/** A self-signed certificate for 127.0.0.1, made for this run. */
function certificate() {
  const dir = mkdtempSync(path.join(tmpdir(), "gradus-push-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        path.join(dir, "key.pem"),
        "-out",
        path.join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(path.join(dir, "key.pem")), cert: readFileSync(path.join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  const keys = webpush.generateVAPIDKeys();
  process.env.VAPID_PUBLIC_KEY = keys.publicKey;
  process.env.VAPID_PRIVATE_KEY = keys.privateKey;
  process.env.VAPID_SUBJECT = "mailto:push-test@gradus.test";
  handle = await createTestDatabase();
  db = handle.db;
  const tls = certificate();
  agent = new Agent({ ca: tls.cert });
  server = createServer(tls, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await handle?.destroy();
});

/** A browser's side of a subscription: its key pair and auth secret. */
function browserKeys() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    ecdh,
    auth,
    p256dh: ecdh.getPublicKey().toString("base64url"),
    authText: auth.toString("base64url"),
  };
}

describe("sendPush", () => {
  it("delivers an encrypted message that only the subscription's keys open", async () => {
    const clinic = await makeClinic(db);
    const staff = await makeStaff(db, clinic.id);
    const browser = browserKeys();
    await db.insert(pushSubscriptions).values({
      clinicId: clinic.id,
      userId: staff.userId,
      endpoint: `${base}/push/one`,
      p256dh: browser.p256dh,
      auth: browser.authText,
    });
    const message = { title: "Gradus", body: "A patient needs urgent attention. Open Gradus.", url: "/" };
    const accepted = await sendPush(db, [{ clinicId: clinic.id, userId: staff.userId }], message, {
      urgency: "high",
      agent,
    });
    expect(accepted).toBe(1);
    const got = received.find((r) => r.path === "/push/one")!;
    expect(got.headers["content-encoding"]).toBe("aes128gcm");
    expect(got.headers.urgency).toBe("high");
    expect(got.headers.authorization).toMatch(/^vapid t=.+, k=/);
    expect(got.body.toString("utf8")).not.toContain("urgent");
    const plain = ece.decrypt(got.body, {
      version: "aes128gcm",
      privateKey: browser.ecdh,
      authSecret: browser.authText,
    });
    expect(JSON.parse(plain.toString("utf8"))).toEqual(message);
  });

  it("never reaches another clinic's subscriptions, and retires a subscription the service says is gone", async () => {
    const clinic = await makeClinic(db);
    const other = await makeClinic(db);
    const staff = await makeStaff(db, clinic.id);
    const browser = browserKeys();
    const [row] = await db
      .insert(pushSubscriptions)
      .values({
        clinicId: clinic.id,
        userId: staff.userId,
        endpoint: `${base}/push/gone`,
        p256dh: browser.p256dh,
        auth: browser.authText,
      })
      .returning();
    expect(
      await sendPush(
        db,
        [{ clinicId: other.id, userId: staff.userId }],
        { title: "x", body: "y", url: "/" },
        { agent },
      ),
    ).toBe(0);
    answer = 410;
    try {
      expect(
        await sendPush(
          db,
          [{ clinicId: clinic.id, userId: staff.userId }],
          { title: "x", body: "y", url: "/" },
          { agent },
        ),
      ).toBe(0);
    } finally {
      answer = 201;
    }
    const [after] = await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, row!.id));
    expect(after!.goneAt).not.toBeNull();
    const before = received.length;
    await sendPush(
      db,
      [{ clinicId: clinic.id, userId: staff.userId }],
      { title: "x", body: "y", url: "/" },
      { agent },
    );
    expect(received.length).toBe(before);
  });
});
