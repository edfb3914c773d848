import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP-recommended floor (19 MiB, 2 passes, 1 lane); memory-hard, so guessing at scale
// is costly. Parameters are encoded in each hash, so raising them later only affects new hashes.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verifying against this when no account matches keeps the response time the same for unknown emails.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("gradus-timing-equaliser");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
