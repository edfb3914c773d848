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
  { page, file, name, args }: { page: string; file: string; name: string; args: unknown[] },
): Promise<ActionResponse> {
  const body = await flight.encodeReply(args);
  const headers = { Accept: "text/x-component", "Next-Action": actionId(file, name) };
  // encodeReply answers plain text for simple arguments and multipart form data when a FormData is among them.
  const response = await request.post(page, {
    maxRedirects: 0,
    ...(typeof body === "string"
      ? { data: body, headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" } }
      : { multipart: body, headers }),
  });
  const text = await response.text();
  const redirect = response.headers()["x-action-redirect"]?.split(";")[0] ?? null;
  return { status: response.status(), redirect, result: actionResult(text), text };
}

/**
 * The return value from a Flight response: row 0 is {a: value or "$@<row>"}; a referenced row holds it.
 * Enough for plain form states; anything else stays in `text`.
 */
function actionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  try {
    const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
    const a = root?.a;
    if (typeof a === "string" && a.startsWith("$@")) return JSON.parse(rows.get(a.slice(2)) ?? "null");
    return a;
  } catch {
    return undefined;
  }
}
