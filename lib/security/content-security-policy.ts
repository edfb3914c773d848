/**
 * The Content-Security-Policy of every page. Scripts run only when they carry this response's nonce (Next
 * adds it to its own scripts when it finds it in the request's CSP header, set by proxy.ts), and
 * 'strict-dynamic' lets those scripts load the app's chunks. Styles come from our own CSS files; inline
 * style attributes are allowed because server-rendered charts (recharts) and Next's route announcer use
 * them, and an attribute cannot run code. Nothing may frame the app, submit forms elsewhere or load plugins.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build evaluates strings for its debugging tools; production never does.
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // The hash is the inline style of Next 16.4's built-in "This page couldn't load" screen.
    "style-src": ["'self'", `'nonce-${nonce}'`, "'sha256-Wwucq8eX2r0YFymkQhDXm5hN0+FfSvI3s4JSSaqa4iw='"],
    "style-src-attr": ["'unsafe-inline'"],
    // data: for the two-step sign-in QR code, drawn on the server as an SVG data URI.
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** A fresh random nonce per response (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
