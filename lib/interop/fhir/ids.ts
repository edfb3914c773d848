import { createHash } from "node:crypto";

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1) from the parts that identify a resource, so exporting the
 * same data twice gives the same ids: a receiving system can recognise an update instead of a new record.
 */
export function stableUuid(...parts: string[]): string {
  const hash = createHash("sha1").update(parts.join("\u001f")).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const urn = (id: string) => `urn:uuid:${id}`;

/** A reference to a resource of this bundle by its fullUrl. */
export const ref = (id: string, display?: string) => ({
  reference: urn(id),
  ...(display ? { display } : {}),
});
