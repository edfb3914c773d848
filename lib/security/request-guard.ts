/**
 * Requests Next would answer with a 500 before any of our code runs, recognised in front (proxy.ts) so a
 * client's mistake or probe is answered as one: a path that does not decode, and server-action posts whose
 * body React's decoder cannot take (not JSON, absurdly deep, over the size limit) or that come from a
 * foreign Origin (Next refuses those itself, but with an error).
 */

/** Largest server-action body accepted; next.config.js gives Next the same limit (serverActions). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
/** Deepest nesting of arrays and objects in an action body; real forms need a handful of levels. */
export const ACTION_MAX_DEPTH = 64;

export type Refusal = { status: 400 | 403 | 413; message: string };

/** A path with a percent sequence that is not UTF-8 (such as "%ff") names no page: 400. */
export function refusePath(pathname: string): Refusal | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return { status: 400, message: "The address is not valid." };
  }
}

/**
 * Server actions compare the Origin with the host the request was sent to, as Next does (X-Forwarded-Host,
 * else Host). A browser cannot forge either on a cross-site request; a missing Origin is Next's to judge.
 */
export function refuseActionOrigin(origin: string | null, host: string | null): Refusal | null {
  if (!origin) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return { status: 403, message: "This request came from another site." };
  }
  return originHost === host ? null : { status: 403, message: "This request came from another site." };
}

export function refuseActionSize(bytes: number): Refusal | null {
  return bytes > ACTION_BODY_LIMIT_BYTES ? { status: 413, message: "The request is too large." } : null;
}

/**
 * A text body is React's reply encoding: JSON. A multipart body carries that JSON in the parts named by a
 * number ("0" is the root); the form's own values ("1_note") are plain text React never parses. Every JSON
 * part must parse and stay shallow. Depth is measured without recursion, so 100,000 levels cost one pass.
 */
export function refuseActionBody(body: string | FormData): Refusal | null {
  const parts =
    typeof body === "string"
      ? [body]
      : [...body.entries()].flatMap(([key, value]) =>
          /^\d+$/.test(key) && typeof value === "string" ? [value] : [],
        );
  for (const part of parts) {
    if (nestingDepth(part) > ACTION_MAX_DEPTH)
      return { status: 400, message: "The request is nested too deeply." };
    try {
      JSON.parse(part);
    } catch {
      return { status: 400, message: "The request is not valid." };
    }
  }
  return null;
}

/** The deepest nesting of [ and { outside JSON strings. */
export function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return deepest;
}
