import "server-only";
import type { Actor, PatientActor, RequestMeta, StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";

/** What every change to clinical data (lib/<feature>/<verb>.ts) is given: the database, who asks, from where. */
export type ChangeContext<A extends Actor = Actor> = { db: Database; actor: A; meta: RequestMeta };

export type StaffContext = ChangeContext<StaffActor>;
export type PatientContext = ChangeContext<PatientActor>;
