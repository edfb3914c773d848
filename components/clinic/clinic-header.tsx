import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { SignOutButton } from "@/components/ui/sign-out-button";

const linkClass = "block whitespace-nowrap rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100";

/**
 * One row on a desktop; below 1024 px the menu takes a row of its own under the logo and the account, and
 * wraps rather than clipping (an admin has seven entries, more than a tablet's width).
 */
export function ClinicHeader({
  userName,
  isAdmin,
  monitoring = false,
  signOut,
}: {
  userName: string;
  isAdmin: boolean;
  /** The clinic keeps the remote-monitoring record: its monthly list is in the menu. */
  monitoring?: boolean;
  signOut: () => Promise<void>;
}) {
  const entries: { href: string; label: string; adminFirst?: boolean }[] = [
    { href: "/patients", label: "Patients" },
    { href: "/patients/new", label: "Add patient" },
    { href: "/clinic/templates", label: "Templates" },
    ...(monitoring ? [{ href: "/clinic/monitoring", label: "Monitoring" }] : []),
    ...(isAdmin
      ? [
          { href: "/clinic/staff", label: "Staff", adminFirst: true },
          { href: "/clinic/outbox", label: "Outbox" },
          { href: "/clinic/settings", label: "Clinic settings" },
        ]
      : []),
  ];
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 sm:px-6">
        <Link href="/patients" aria-label="Gradus, patient list" className="order-1">
          <Logo />
        </Link>
        <nav
          aria-label="Clinic"
          className="order-3 -mx-3 w-full lg:order-2 lg:mx-0 lg:ml-3 lg:w-auto lg:flex-1"
        >
          <ul className="flex flex-wrap items-center gap-x-1 text-sm font-medium">
            {entries.map((entry) => (
              <li
                key={entry.href}
                // The admin's pages follow a thin rule, apart from the daily ones.
                className={entry.adminFirst ? "ml-1 border-l border-slate-200 pl-1" : undefined}
              >
                <Link href={entry.href} className={linkClass}>
                  {entry.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="order-2 ml-auto flex items-center gap-1 text-sm text-slate-600 lg:order-3">
          <Link href="/account" className={linkClass}>
            <span>{userName}</span>
            <span className="sr-only">, your account</span>
          </Link>
          <SignOutButton signOut={signOut} />
        </div>
      </div>
    </header>
  );
}
