import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { SignOutButton } from "@/components/ui/sign-out-button";

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
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <div className="flex items-center gap-6">
          <Link href="/patients" aria-label="Gradus, patient list">
            <Logo />
          </Link>
          <nav aria-label="Clinic">
            <ul className="flex gap-1 text-sm font-medium">
              <li>
                <Link href="/patients" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                  Patients
                </Link>
              </li>
              <li>
                <Link href="/patients/new" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                  Add patient
                </Link>
              </li>
              <li>
                <Link
                  href="/clinic/templates"
                  className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100"
                >
                  Templates
                </Link>
              </li>
              {monitoring ? (
                <li>
                  <Link
                    href="/clinic/monitoring"
                    className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100"
                  >
                    Monitoring
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        </div>
        <div className="flex items-center gap-2 text-sm text-slate-600">
          {isAdmin ? (
            <>
              <Link href="/clinic/staff" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                Staff
              </Link>
              <Link href="/clinic/outbox" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                Outbox
              </Link>
              <Link
                href="/clinic/settings"
                className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100"
              >
                Clinic settings
              </Link>
            </>
          ) : null}
          <Link href="/account" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
            <span>{userName}</span>
            <span className="sr-only">, your account</span>
          </Link>
          <SignOutButton signOut={signOut} />
        </div>
      </div>
    </header>
  );
}
