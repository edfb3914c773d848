import { alertAcks } from "../schema";
import type { StaffActor } from "../actor";
import type { Queryable } from "../client";

/** Stores a clinician's acknowledgement of an alert, up to the diary day it was based on. */
export async function insertAlertAck(
  tx: Queryable,
  actor: StaffActor,
  ack: { patientId: string; rule: string; upToDate: string | null; note: string | null },
): Promise<void> {
  await tx.insert(alertAcks).values({ ...ack, acknowledgedById: actor.userId });
}
