import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { PortalNav } from "./portal-nav";

export function PortalHeader({
  signOut,
  unreadMessages = 0,
}: {
  signOut: () => Promise<void>;
  /** Care-team messages the patient has not read, shown on the Messages tab. */
  unreadMessages?: number;
}) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-xl items-center justify-between px-4 py-2">
        <Link href="/portal" aria-label="Gradus, today">
          <Logo />
        </Link>
        <div className="flex items-center gap-1">
          <Link
            href="/portal/account"
            className="flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            Account
          </Link>
          <SignOutButton signOut={signOut} />
        </div>
      </div>
      <PortalNav unreadMessages={unreadMessages} />
    </header>
  );
}
