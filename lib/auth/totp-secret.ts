import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * TOTP secrets are encrypted at rest (AES-256-GCM), so a copy of the database alone does not let anyone
 * produce codes. The key comes from TOTP_ENCRYPTION_KEY, or is derived from AUTH_SECRET; changing it
 * means everyone sets up their authenticator again.
 */
function key(): Buffer {
  const material = process.env.TOTP_ENCRYPTION_KEY || process.env.AUTH_SECRET;
  if (!material) throw new Error("AUTH_SECRET (or TOTP_ENCRYPTION_KEY) is needed to store TOTP secrets");
  return Buffer.from(hkdfSync("sha256", material, "gradus", "totp-secret-v1", 32));
}

export function encryptTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptTotpSecret(stored: string): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("unknown TOTP secret format");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
