import { PortalHeader } from "@/components/portal/portal-header";
import { QueryProvider } from "@/components/ui/query-provider";
import { requirePatient } from "@/lib/auth/session";
import { signOutAction } from "../(auth)/actions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  await requirePatient();
  return (
    <div className="min-h-dvh">
      <PortalHeader signOut={signOutAction} />
      <main className="mx-auto max-w-xl px-4 py-5">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  );
}
