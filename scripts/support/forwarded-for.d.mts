// Types for forwarded-for.mjs (plain JavaScript, as the server entry runs without a TypeScript loader).
export function trustedProxyHops(value?: string): number;
export function plainAddress(address: string): string;
export function forwardedFor(
  incoming: string | string[] | undefined,
  socketAddress: string | undefined,
  hops: number,
): string;
