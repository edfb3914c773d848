"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect } from "react";

const links = [
  { href: "/portal", label: "Today" },
  { href: "/portal/diary", label: "Diary" },
  { href: "/portal/progress", label: "My progress" },
  { href: "/portal/messages", label: "Messages" },
];

/**
 * Registers the service worker (public/sw.js: the offline page and Web Push) once the page has loaded, so it
 * never competes with the first load. Here rather than in a component of its own: the portal's Today page has
 * a 150 KB first-load budget, and a module of its own costs more than these lines.
 */
function useServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const register = () =>
      void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, []);
}

export function PortalNav({ unreadMessages = 0 }: { unreadMessages?: number }) {
  const path = usePathname();
  useServiceWorker();
  // Urgent or emergency advice is read before anything else: no way out of it but its own button.
  if (path.startsWith("/portal/advice")) return null;
  return (
    <nav aria-label="Portal" className="mx-auto max-w-xl px-2">
      <ul className="flex">
        {links.map((l) => {
          const current = l.href === "/portal" ? path === "/portal" : path.startsWith(l.href);
          return (
            <li key={l.href} className="flex-1">
              <Link
                href={l.href}
                aria-current={current ? "page" : undefined}
                className="flex h-11 items-center justify-center border-b-2 border-transparent text-sm font-medium text-slate-600 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
              >
                {l.label}
                {l.href === "/portal/messages" && unreadMessages > 0 ? (
                  <span className="ml-1 rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white">
                    <span className="sr-only"> </span>
                    {unreadMessages}
                    <span className="sr-only"> unread</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
