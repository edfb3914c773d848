import "server-only";
import type { Metadata } from "next";
import { InviteStaffForm } from "@/components/clinic/staff/invite-staff-form";
import { StaffTable } from "@/components/clinic/staff/staff-table";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { listOpenStaffInvites, listStaff } from "@/db/queries/staff";
import { requireAdmin } from "@/lib/auth/session";
import {
  changeStaffRoleAction,
  inviteStaffAction,
  resetStaffTwoFactorAction,
  setStaffAccessAction,
  withdrawStaffInviteAction,
} from "./actions";

export const metadata: Metadata = { title: "Staff" };

/** Clinic admins only (others get 404): who works here, their roles and access, and invitations. */
export default async function StaffPage() {
  const actor = await requireAdmin();
  const db = await getDb();
  const [staff, invites] = await Promise.all([listStaff(db, actor), listOpenStaffInvites(db, actor)]);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Staff</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every change here is recorded in the audit trail. The clinic always keeps at least one admin.{" "}
          <a
            className="font-medium text-brand-700 underline underline-offset-4"
            href="/api/clinic/export/diary.csv"
          >
            Download every patient&apos;s diary (CSV)
          </a>
        </p>
      </div>
      <Card>
        <h2 className="font-semibold">People</h2>
        <div className="mt-4">
          <StaffTable
            staff={staff.map((s) => ({
              id: s.id,
              name: s.name,
              email: s.email,
              role: s.role === "admin" ? "admin" : "clinician",
              disabled: s.disabledAt !== null,
              twoStep: s.twoStep,
              isYou: s.id === actor.userId,
            }))}
            invites={invites.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() }))}
            changeRole={changeStaffRoleAction}
            setAccess={setStaffAccessAction}
            resetTwoStep={resetStaffTwoFactorAction}
            withdraw={withdrawStaffInviteAction}
          />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Invite a clinician or admin</h2>
        <div className="mt-4">
          <InviteStaffForm invite={inviteStaffAction} />
        </div>
      </Card>
    </div>
  );
}
