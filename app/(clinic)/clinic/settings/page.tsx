import "server-only";
import type { Metadata } from "next";
import { ClinicContactForm } from "@/components/clinic/clinic-contact-form";
import { TemplateManager } from "@/components/clinic/messages/template-manager";
import { MonitoringSettingForm } from "@/components/clinic/monitoring-setting-form";
import { listTemplates } from "@/db/queries/messages";
import { SecuritySettingsForm } from "@/components/clinic/security-settings-form";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { clinicKeepsMonitoringRecord, getOwnClinicContact, getOwnClinicDetails } from "@/db/queries/clinics";
import { clinicRequiresTotp } from "@/db/queries/two-factor";
import { requireAdmin } from "@/lib/auth/session";
import {
  addMessageTemplateAction,
  deleteMessageTemplateAction,
  saveClinicContactAction,
  saveClinicDetailsAction,
  saveMonitoringSettingAction,
  saveSecuritySettingsAction,
} from "./actions";
import { ClinicDetailsForm } from "@/components/clinic/clinic-details-form";

export const metadata: Metadata = { title: "Clinic settings" };

/** Clinic admins only (others get 404). */
export default async function ClinicSettingsPage() {
  const actor = await requireAdmin();
  const db = await getDb();
  const [requireTotp, contact, details, monitoring, templates] = await Promise.all([
    clinicRequiresTotp(db, actor.clinicId),
    getOwnClinicContact(db, actor),
    getOwnClinicDetails(db, actor),
    clinicKeepsMonitoringRecord(db, actor),
    listTemplates(db, actor),
  ]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Clinic settings</h1>
      <Card>
        <h2 className="font-semibold">Clinic details</h2>
        <div className="mt-4">
          <ClinicDetailsForm
            initial={{
              name: details?.name ?? "",
              address: details?.address ?? "",
              timeZone: details?.timeZone ?? "UTC",
              reminderTime: details?.reminderTime ?? "",
            }}
            timeZones={Intl.supportedValuesOf("timeZone")}
            save={saveClinicDetailsAction}
          />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Contact details for patients</h2>
        <div className="mt-4">
          <ClinicContactForm
            initial={{
              phone: contact?.phone ?? "",
              outOfHoursPhone: contact?.outOfHoursPhone ?? "",
              country: contact?.country ?? "",
            }}
            save={saveClinicContactAction}
          />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Exports</h2>
        <p className="mt-2 text-sm">
          <a
            className="font-medium text-brand-700 underline underline-offset-4"
            href="/api/clinic/export/diary.csv"
          >
            Download every patient&apos;s diary (CSV)
          </a>
          <span className="text-slate-600"> · audited; for research or moving to another system</span>
        </p>
      </Card>
      <Card>
        <h2 className="font-semibold">Sign-in security</h2>
        <div className="mt-4">
          <SecuritySettingsForm requireTotp={requireTotp} save={saveSecuritySettingsAction} />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Reply templates</h2>
        <p className="mt-1 text-sm text-slate-600">
          Clinicians can insert these into a message and edit them.
        </p>
        <div className="mt-4">
          <TemplateManager
            templates={templates}
            add={addMessageTemplateAction}
            remove={deleteMessageTemplateAction}
          />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Remote-monitoring record</h2>
        <div className="mt-4">
          <MonitoringSettingForm on={monitoring} save={saveMonitoringSettingAction} />
        </div>
      </Card>
    </div>
  );
}
