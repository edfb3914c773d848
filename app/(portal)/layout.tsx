import { PortalHeader } from "@/components/portal/portal-header";
import { AdviceScreen } from "@/components/portal/safety/advice-screen";
import { QueryProvider } from "@/components/ui/query-provider";
import { getDb } from "@/db/client";
import { getOwnPatient } from "@/db/queries/patients";
import { unreadOwnAdvice } from "@/db/queries/red-flags";
import { requirePatient } from "@/lib/auth/session";
import { signOutAction } from "../(auth)/sign-out-action";
import { confirmAdviceAction } from "./portal/check-in/actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePatient();
  const db = await getDb();
  // Urgent or emergency advice the patient has not confirmed replaces every portal page until they do.
  const [advice, patient] = await Promise.all([unreadOwnAdvice(db, actor), getOwnPatient(db, actor)]);
  return (
    <div className="min-h-dvh">
      <PortalHeader signOut={signOutAction} nav={!advice} />
      <main className="mx-auto max-w-xl px-4 py-5">
        {advice && advice.tier !== "none" ? (
          <AdviceScreen
            tier={advice.tier}
            answers={advice.answers}
            clinicName={patient?.clinicName ?? "your clinic"}
            confirm={confirmAdviceAction.bind(null, advice.id)}
          />
        ) : (
          <QueryProvider>{children}</QueryProvider>
        )}
      </main>
    </div>
  );
}
