"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/portal", label: "Today" },
  { href: "/portal/diary", label: "Diary" },
  { href: "/portal/progress", label: "My progress" },
  { href: "/portal/messages", label: "Messages" },
];

export function PortalNav({ unreadMessages = 0 }: { unreadMessages?: number }) {
  const path = usePathname();
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
