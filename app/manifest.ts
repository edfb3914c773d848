import type { MetadataRoute } from "next";

/**
 * The web app manifest: the portal can be installed on a phone's home screen and opens on Today. No health
 * information here: it is public, like the icons.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/portal",
    name: "Gradus",
    short_name: "Gradus",
    description: "Your activity diary and plan from your physiotherapist.",
    start_url: "/portal",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#0b5f59",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
