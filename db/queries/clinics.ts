import { eq } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Queryable } from "../client";
import { clinics } from "../schema";

export type ClinicContact = { phone: string | null; outOfHoursPhone: string | null; country: string | null };

/** The actor's own clinic's contact details (never another clinic's). */
export async function getOwnClinicContact(q: Queryable, actor: StaffActor): Promise<ClinicContact | null> {
  const [row] = await q
    .select({ phone: clinics.phone, outOfHoursPhone: clinics.outOfHoursPhone, country: clinics.country })
    .from(clinics)
    .where(eq(clinics.id, actor.clinicId));
  return row ?? null;
}

export async function setOwnClinicContact(q: Queryable, actor: StaffActor, contact: ClinicContact) {
  await q.update(clinics).set(contact).where(eq(clinics.id, actor.clinicId));
}

/** Whether the actor's clinic keeps the remote-monitoring record (off by default). */
export async function clinicKeepsMonitoringRecord(
  q: Queryable,
  actor: { clinicId: string },
): Promise<boolean> {
  const [row] = await q
    .select({ on: clinics.monitoringRecord })
    .from(clinics)
    .where(eq(clinics.id, actor.clinicId));
  return row?.on ?? false;
}

export async function setOwnMonitoringRecord(q: Queryable, actor: StaffActor, on: boolean) {
  await q.update(clinics).set({ monitoringRecord: on }).where(eq(clinics.id, actor.clinicId));
}
