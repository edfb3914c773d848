import { renderSVG } from "uqr";

/** The otpauth address as a QR code image (an SVG data URI), drawn on the server: no script needed. */
export function qrCodeDataUri(text: string): string {
  const svg = renderSVG(text, { border: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
