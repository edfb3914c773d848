import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { PortalNav } from "./portal-nav";

export function PortalHeader({ signOut }: { signOut: () => Promise<void> }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-xl items-center justify-between px-4 py-2">
        <Link href="/portal" aria-label="Gradus, today">
          <Logo />
        </Link>
        <SignOutButton signOut={signOut} />
      </div>
      <PortalNav />
    </header>
  );
}
