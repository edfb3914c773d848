import type { Metadata } from "next";
import { SecuritySettingsForm } from "@/components/clinic/security-settings-form";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { clinicRequiresTotp } from "@/db/queries/two-factor";
import { requireAdmin } from "@/lib/auth/session";
import { saveSecuritySettingsAction } from "./actions";

export const metadata: Metadata = { title: "Clinic settings" };

/** Clinic admins only (others get 404). */
export default async function ClinicSettingsPage() {
  const actor = await requireAdmin();
  const requireTotp = await clinicRequiresTotp(await getDb(), actor.clinicId);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Clinic settings</h1>
      <Card>
        <h2 className="font-semibold">Sign-in security</h2>
        <div className="mt-4">
          <SecuritySettingsForm requireTotp={requireTotp} save={saveSecuritySettingsAction} />
        </div>
      </Card>
    </div>
  );
}
