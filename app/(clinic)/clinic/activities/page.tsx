import "server-only";
import type { Metadata } from "next";
import {
  AddLibraryActivityForm,
  RemoveLibraryActivityForm,
} from "@/components/clinic/change-requests/library-forms";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { listClinicLibrary } from "@/db/queries/change-requests";
import { requireStaff } from "@/lib/auth/session";
import { BUILT_IN_ACTIVITIES } from "@/lib/domain/activity-library";
import { UNIT_LABEL } from "@/lib/domain/graded-activity/units";
import { addLibraryActivityAction, removeLibraryActivityAction } from "./actions";

export const metadata: Metadata = { title: "Activity library" };

/** The activities the plan editor offers by name: built in, and the clinic's own. */
export default async function ActivityLibraryPage() {
  const actor = await requireStaff();
  const db = await getDb();
  const own = await listClinicLibrary(db, actor);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Activity library</h1>
      <Card>
        <h2 className="font-semibold">Your clinic&apos;s activities</h2>
        {own.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">None yet. Add one below.</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {own.map((a) => (
              <li key={a.id} className="rounded-lg border border-slate-200 p-3">
                <p className="font-medium">
                  {a.name} <span className="font-normal text-slate-600">({UNIT_LABEL[a.unit].many})</span>
                </p>
                <p className="mt-1 text-sm">{a.instructions}</p>
                {a.videoUrl ? <p className="mt-1 break-all text-sm text-slate-600">{a.videoUrl}</p> : null}
                <div className="mt-2">
                  <RemoveLibraryActivityForm remove={removeLibraryActivityAction} id={a.id} name={a.name} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="font-semibold">Add an activity</h2>
        <div className="mt-4">
          <AddLibraryActivityForm add={addLibraryActivityAction} />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">Built in</h2>
        <ul className="mt-3 flex flex-col gap-3 text-sm">
          {BUILT_IN_ACTIVITIES.map((a) => (
            <li key={a.name}>
              <p className="font-medium">
                {a.name} <span className="font-normal text-slate-600">({UNIT_LABEL[a.unit].many})</span>
              </p>
              <p>{a.instructions}</p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
