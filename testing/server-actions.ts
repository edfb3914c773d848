// Calls server actions over HTTP the way Next's client does: a POST to a page that uses the action, with the
// action id in the Next-Action header and the arguments encoded by React's own encodeReply.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

type ReplyEncoder = { encodeReply: (args: unknown[]) => Promise<string | FormData> };
// Next ships React's Flight client; its Node build encodes a reply outside a browser.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const flight = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as ReplyEncoder;

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

let ids: Map<string, string> | undefined;

/** The build's action ids by "file#export" (the ids change with every build, so they are read, not kept). */
export function actionIds(): Map<string, string> {
  if (ids) return ids;
  const file = path.resolve(".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  ids = new Map(
    Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]),
  );
  return ids;
}

export function actionId(file: string, exportedName: string): string {
  const id = actionIds().get(`${file}#${exportedName}`);
  if (!id) throw new Error(`No server action ${exportedName} in ${file} in this build`);
  return id;
}

export type ActionResponse = {
  status: number;
  /** Where the action redirected (Next's x-action-redirect header), without the push/replace suffix. */
  redirect: string | null;
  /** The action's return value, when the response carries one. */
  result: unknown;
  text: string;
};

/** Builds FormData from plain fields (all values sent as text, as a browser form does). */
export function form(fields: Record<string, string | number | boolean | null | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value != null) data.append(name, String(value));
  return data;
}

export async function callAction(
  request: APIRequestContext,
  {
    page,
    file,
    name,
    args,
    headers: extraHeaders,
  }: { page: string; file: string; name: string; args: unknown[]; headers?: Record<string, string> },
): Promise<ActionResponse> {
  const body = await flight.encodeReply(args);
  const headers = { ...extraHeaders, Accept: "text/x-component", "Next-Action": actionId(file, name) };
  // encodeReply answers plain text for simple arguments and multipart form data when a FormData is among them.
  const response = await request.post(page, {
    maxRedirects: 0,
    ...(typeof body === "string"
      ? { data: body, headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" } }
      : { multipart: body, headers }),
  });
  const bytes = await response.body();
  const text = bytes.toString("utf8");
  const redirect = response.headers()["x-action-redirect"]?.split(";")[0] ?? null;
  return { status: response.status(), redirect, result: actionResult(bytes), text };
}

/** Flight rows by id: "<id>:<json>\n", or "<id>:T<hex byte length>,<text>" for long strings. */
function flightRows(bytes: Buffer): Map<string, { json: string } | { text: string }> {
  const rows = new Map<string, { json: string } | { text: string }>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString("latin1");
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(bytes.subarray(colon + 2, comma).toString("latin1"), 16);
      rows.set(id, { text: bytes.subarray(comma + 1, comma + 1 + length).toString("utf8") });
      at = comma + 1 + length;
    } else {
      const end = bytes.indexOf(0x0a, colon);
      const stop = end < 0 ? bytes.length : end;
      rows.set(id, { json: bytes.subarray(colon + 1, stop).toString("utf8") });
      at = stop + 1;
    }
  }
  return rows;
}

/**
 * The action's return value: row 0 is {a: ...}; "$<id>" and "$@<id>" point at other rows, "$$" escapes a
 * dollar. Enough for the plain form states our actions return; anything else stays in `text`.
 */
function actionResult(bytes: Buffer): unknown {
  const rows = flightRows(bytes);
  const resolve = (value: unknown, depth = 0): unknown => {
    if (depth > 20) return value;
    if (typeof value === "string" && value.startsWith("$")) {
      if (value.startsWith("$$")) return value.slice(1);
      const ref = /^\$@?([0-9a-f]+)$/.exec(value);
      const row = ref ? rows.get(ref[1]!) : undefined;
      if (!row) return value;
      return "text" in row ? row.text : resolve(JSON.parse(row.json), depth + 1);
    }
    if (Array.isArray(value)) return value.map((v) => resolve(v, depth + 1));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, depth + 1)]));
    return value;
  };
  try {
    const root = rows.get("0");
    if (!root || "text" in root) return undefined;
    return resolve((JSON.parse(root.json) as { a?: unknown }).a);
  } catch {
    return undefined;
  }
}
