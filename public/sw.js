// Gradus service worker (registered after the page has loaded by components/portal/portal-nav.tsx).
//
// What it does, and what it deliberately does not:
// - Offline shell: when a portal page cannot be fetched because the device is offline, it answers with the
//   cached /offline.html. Pages themselves are never cached: they carry patient data and are sent with
//   Cache-Control: no-store.
// - Everything else (the diary's PUTs, API reads, scripts) goes to the network untouched, so the diary form
//   keeps its own offline queue: its saves wait in the open tab while offline and are sent when the
//   connection is back, with the same submission id (components/portal/diary/).
// - Web Push: shows the notification the server sent (never health information) and opens the app on a tap.
const SHELL_CACHE = "gradus-shell-v1";
const SHELL = ["/offline.html", "/icons/icon-192.png"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.mode !== "navigate" || request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith("/portal")) return;
  event.respondWith(
    fetch(request).catch(() => caches.match("/offline.html").then((cached) => cached || Response.error())),
  );
});

self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = {};
  }
  const title = typeof message.title === "string" ? message.title : "Gradus";
  const body = typeof message.body === "string" ? message.body : "Open Gradus.";
  const url = typeof message.url === "string" && message.url.startsWith("/") ? message.url : "/";
  event.waitUntil(
    self.registration.showNotification(title, {
      body,
      icon: "/icons/icon-192.png",
      tag: typeof message.tag === "string" ? message.tag : undefined,
      data: { url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = event.notification.data && event.notification.data.url;
  const target = new URL(typeof path === "string" && path.startsWith("/") ? path : "/", self.location.origin);
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const w of windows) {
        if (new URL(w.url).origin === target.origin && "focus" in w) {
          w.navigate(target.href);
          return w.focus();
        }
      }
      return self.clients.openWindow(target.href);
    }),
  );
});
