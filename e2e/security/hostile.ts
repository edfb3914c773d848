// Hostile input for the fuzzers: strings that break naive code (scripts, SQL, odd unicode, huge), values of
// the wrong type, and valid payloads with one field replaced by something hostile.
import fc from "fast-check";

/** How many cases each property runs (FUZZ_RUNS=300 for a longer hunt). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 20);
/** A test's time budget for that many cases against a server shared with other workers. */
export const FUZZ_TIMEOUT_MS = 30_000 + FUZZ_RUNS * 400;

export const SCRIPT_PAYLOADS = [
  "<script>alert('xss')</script>",
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
];

const nasty = [
  ...SCRIPT_PAYLOADS,
  "'; DROP TABLE patients; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(5)",
  "\u202Eevil\u202C", // right-to-left override
  "\u2066isolated\u2069",
  "a\u200Bb\u200C\u200D", // zero-width characters
  "\u200B",
  "\uFEFF",
  "\uD800", // lone high surrogate
  "x\uDFFFy", // lone low surrogate
  "\u0000",
  "nul\u0000inside",
  "\u0007\u001b[31m",
  "\r\n\t",
  "   ",
  "",
  "é".normalize("NFD"),
  "👩‍⚕️🦴",
  "../../etc/passwd",
  "%00%2e%2e%2f",
  "${7*7}{{7*7}}",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "__proto__",
  "constructor",
];

const oddUnit = fc.constantFrom(
  "a",
  "Z",
  "0",
  " ",
  "<",
  ">",
  "'",
  '"',
  "\\",
  "é",
  "\u202E",
  "\u200B",
  "\uD800",
  "\uDFFF",
  "\u0000",
  "\n",
  "😀",
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...nasty),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: oddUnit, maxLength: 40 }),
  fc.constantFrom(...nasty).map((s) => s.repeat(400)),
  fc.constant("x".repeat(70_000)),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.integer({ min: -5, max: 15 }),
  fc.double(),
  fc.constantFrom(-1, 0, 11, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -0, 0.5, 9.999),
);

/** Anything JSON can carry, weighted toward the hostile. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.string({ maxLength: 20 }), hostileString, {
      maxKeys: 3,
      noNullPrototype: true,
    }),
  },
);

/** A uuid-shaped id: random ones, and the given known ids (other people's records). */
export const hostileId = (known: string[]) =>
  fc.oneof(fc.constantFrom(...known), fc.uuid(), hostileString, fc.constantFrom("0", "-1", "' OR 1=1 --"));

/** Mostly `own` (so the case reaches the checks behind the id), sometimes a hostile or foreign id. */
export const mostlyOwnId = (own: string, foreign: string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(own) }, { weight: 1, arbitrary: hostileId(foreign) });

type Json = unknown;

/** Every path to a leaf of a JSON value. */
function leafPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.length === 0 ? [prefix] : value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    return entries.length === 0 ? [prefix] : entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  }
  return [prefix];
}

function replaceAt(value: Json, path: (string | number)[], replacement: unknown): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

/**
 * A valid payload with one to three leaves replaced by hostile values (or deleted), so the fuzzer gets past
 * the first check and probes the ones behind it. Sometimes the untouched valid payload itself.
 */
export function mutated<T>(valid: T): fc.Arbitrary<unknown> {
  const paths = leafPaths(valid);
  const change = fc.tuple(fc.constantFrom(...paths), fc.oneof(hostileValue, fc.constant(undefined)));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(valid) },
    {
      weight: 6,
      arbitrary: fc
        .array(change, { minLength: 1, maxLength: 3 })
        .map((changes) => changes.reduce<Json>((acc, [p, v]) => replaceAt(acc, p, v), valid)),
    },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** Half the time the valid payload untouched, half the time `mutated`: for actions that need a valid case to
 * reach their state checks (an open report, a goal version) often enough. */
export const validOrMutated = <T>(valid: T): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constant(valid), mutated(valid));

/** Form fields as text, the way a browser posts them (a non-string hostile value is sent as its String()). */
export function asFormFields(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? v : (JSON.stringify(v) ?? "")]),
  );
}

/**
 * Runs one property against the live server and prints how many cases ran. Shrinking would replay requests
 * against a server whose state moved on, so the first failing case is reported as found. `examples` are
 * regression cases that always run first. A check may name the case's outcome ("accepted", "refused"): the
 * tally is printed, to show the cases reach past the first check.
 */
export async function fuzz<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T) => Promise<void | string>,
  { runs = FUZZ_RUNS, examples = [] as T[] } = {},
): Promise<number> {
  let cases = 0;
  const outcomes = new Map<string, number>();
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      cases++;
      const outcome = await check(value);
      if (outcome) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }),
    { numRuns: runs, endOnFailure: true, examples: examples.map((e) => [e] as [T]) },
  );
  if (details.failed) {
    const error = details.errorInstance as Error | undefined;
    throw new Error(
      `${name}: failed after ${details.numRuns} cases (seed ${details.seed}) on ${brief(details.counterexample?.[0])}\n` +
        `${String(error?.message ?? error).slice(0, 1500)}`,
    );
  }
  const tally = [...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(", ");
  console.log(`[fuzz] ${name}: ${cases} cases${tally ? ` (${tally})` : ""}`);
  return cases;
}

/** Percent-encodes every byte, so any string (even one with lone surrogates) fits in a URL path. */
export const pathSegment = (s: string) =>
  [...Buffer.from(s, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");

/** A failing case short enough to read: long strings cut, lengths kept. */
export function brief(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "string" && v.length > 60 ? `${v.slice(0, 40)}…(${v.length} chars)` : v,
  );
}

/**
 * A hostile string as a query value. A lone surrogate cannot be percent-encoded (encodeURIComponent throws),
 * and no browser can send one: it goes as U+FFFD, as a browser's own encoder would write it.
 */
export const queryValue = (s: string) => encodeURIComponent(s.replace(/\p{Cs}/gu, "\uFFFD"));
