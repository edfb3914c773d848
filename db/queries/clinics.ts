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

export type ClinicDetails = {
  name: string;
  address: string | null;
  timeZone: string;
  reminderTime: string | null;
};

/** The actor's own clinic's name, address, default time zone and reminder time. */
export async function getOwnClinicDetails(q: Queryable, actor: StaffActor): Promise<ClinicDetails | null> {
  const [row] = await q
    .select({
      name: clinics.name,
      address: clinics.address,
      timeZone: clinics.timeZone,
      reminderTime: clinics.reminderTime,
    })
    .from(clinics)
    .where(eq(clinics.id, actor.clinicId));
  return row ?? null;
}

export async function setOwnClinicDetails(q: Queryable, actor: StaffActor, details: ClinicDetails) {
  await q.update(clinics).set(details).where(eq(clinics.id, actor.clinicId));
}

/** What a letter or the portal prints about a clinic: its name, address and numbers. */
export async function clinicLetterhead(q: Queryable, clinicId: string) {
  const [row] = await q
    .select({
      name: clinics.name,
      address: clinics.address,
      phone: clinics.phone,
      outOfHoursPhone: clinics.outOfHoursPhone,
      country: clinics.country,
    })
    .from(clinics)
    .where(eq(clinics.id, clinicId));
  return row ?? null;
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
