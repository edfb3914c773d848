import { ClinicHeader } from "@/components/clinic/clinic-header";
import { QueryProvider } from "@/components/ui/query-provider";
import { requireStaff } from "@/lib/auth/session";
import { signOutAction } from "../(auth)/sign-out-action";

export default async function ClinicLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireStaff();
  return (
    <div className="min-h-dvh">
      <ClinicHeader userName={actor.name} signOut={signOutAction} />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8 print:max-w-none print:p-0">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </div>
  );
}
