import { PortalHeader } from "@/components/portal/portal-header";
import { QueryProvider } from "@/components/ui/query-provider";
import { requirePatient } from "@/lib/auth/session";
import "server-only";
import { PortalFooter } from "@/components/portal/portal-footer";
import { getDb } from "@/db/client";
import { clinicLetterhead } from "@/db/queries/clinics";
import { signOutAction } from "../(auth)/actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePatient();
  const clinic = await clinicLetterhead(await getDb(), actor.clinicId);
  return (
    <div className="min-h-dvh">
      <PortalHeader signOut={signOutAction} />
      <main className="mx-auto max-w-xl px-4 py-5">
        <QueryProvider>{children}</QueryProvider>
      </main>
      {clinic ? <PortalFooter clinic={clinic} /> : null}
    </div>
  );
}
