/** The link a patient opens to set up their account. */
export function inviteUrl(token: string): string {
  return `${appOrigin()}/invite/${token}`;
}

/** The link a new clinician or admin opens to set up their staff account. */
export function staffInviteUrl(token: string): string {
  return `${appOrigin()}/join/${token}`;
}

/**
 * Where the app is reached, from configuration only: APP_URL, or on the embedded default the origin our server
 * listens on (scripts/server.mjs sets APP_URL to it). Never from Host or X-Forwarded-Host, which any client can
 * write: a link built from them would point patients at whoever forged the header.
 */
export function appOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${env.PORT ?? 3000}`;
}
