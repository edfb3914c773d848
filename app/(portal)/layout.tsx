import "server-only";
import { PortalHeader } from "@/components/portal/portal-header";
import { QueryProvider } from "@/components/ui/query-provider";
import { getDb } from "@/db/client";
import { ownUnreadCount } from "@/db/queries/messages";
import { requirePatient } from "@/lib/auth/session";
import { PortalFooter } from "@/components/portal/portal-footer";
import { clinicLetterhead } from "@/db/queries/clinics";
import { signOutAction } from "../(auth)/actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePatient();
  const db = await getDb();
  const [clinic, unreadMessages] = await Promise.all([
    clinicLetterhead(db, actor.clinicId),
    ownUnreadCount(db, actor),
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
