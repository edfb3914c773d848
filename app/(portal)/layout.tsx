import "server-only";
import { PortalHeader } from "@/components/portal/portal-header";
import { QueryProvider } from "@/components/ui/query-provider";
import { getDb } from "@/db/client";
import { ownUnreadCount } from "@/db/queries/messages";
import { requirePatient, sessionClinic } from "@/lib/auth/session";
import { PortalFooter } from "@/components/portal/portal-footer";
import { signOutAction } from "../(auth)/actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePatient();
  // The letterhead comes with the session row (no second clinic read on every page).
  const [clinic, unreadMessages] = await Promise.all([
    sessionClinic().then((c) => c?.letterhead ?? null),
    ownUnreadCount(await getDb(), actor),
  ]);
  return (
    <div className="min-h-dvh">
      <PortalHeader signOut={signOutAction} unreadMessages={unreadMessages} />
      <main className="mx-auto max-w-xl px-4 py-5">
        <QueryProvider>{children}</QueryProvider>
      </main>
      {clinic ? <PortalFooter clinic={clinic} /> : null}
    </div>
  );
}
