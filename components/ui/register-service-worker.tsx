"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js: the portal's offline page and Web Push) once the page has
 * loaded, so it never competes with the page's own first load.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    };
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, []);
  return null;
}
