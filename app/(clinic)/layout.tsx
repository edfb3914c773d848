import "server-only";
import { ClinicHeader } from "@/components/clinic/clinic-header";
import { QueryProvider } from "@/components/ui/query-provider";
import { requireStaffAccount, sessionClinic } from "@/lib/auth/session";
import { signOutAction } from "../(auth)/actions";

export default async function ClinicLayout({ children }: { children: React.ReactNode }) {
  // Each page checks access itself (requireStaff); the layout only needs a staff member for the header, and
  // must also serve the account page to staff who still have to set up two-factor sign-in.
  const actor = await requireStaffAccount();
  // Read with the session row: no second clinic read on every page.
  const clinic = await sessionClinic();
  return (
    <div className="min-h-dvh">
      <ClinicHeader
        userName={actor.name}
        isAdmin={actor.role === "admin"}
        monitoring={clinic?.monitoringRecord ?? false}
        signOut={signOutAction}
      />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8 print:max-w-none print:p-0">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  );
}
