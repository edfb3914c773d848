import "server-only";
import type { Metadata } from "next";
import { OutboxTable } from "@/components/clinic/outbox/outbox-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/db/client";
import { listClinicOutbox, OUTBOX_PAGE_SIZE } from "@/db/queries/outbox";
import { clinicTimeZone } from "@/db/queries/patients";
import { requireAdmin } from "@/lib/auth/session";
import { pageNumberSchema } from "@/lib/validation/page-number";

export const metadata: Metadata = { title: "Outbox" };

/** Every email the clinic sent or holds, newest first. Clinic admins only (others get 404). */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireAdmin();
  const db = await getDb();
  const page = pageNumberSchema.parse((await searchParams).page);
  const [{ items, total }, timeZone] = await Promise.all([
    listClinicOutbox(db, actor, page),
    clinicTimeZone(db, actor),
  ]);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const noMailServer = !process.env.SMTP_URL;
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Outbox</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every email Gradus sends for this clinic: invites, password links and alerts. Times are in{" "}
          {timeZone.replaceAll("_", " ")}.
        </p>
      </div>
      {noMailServer ? (
        <Notice tone="info" title="No mail server is set up">
          Emails are kept here instead of being sent. Open one to read it and follow its link, or pass it on
          yourself. To send them, set SMTP_URL and MAIL_FROM (see the README).
        </Notice>
      ) : null}
      <Card>
        <OutboxTable items={items} timeZone={timeZone} />
        {total > OUTBOX_PAGE_SIZE ? (
          <nav aria-label="Outbox pages" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
            {page > 1 ? (
              <ButtonLink href={`/clinic/outbox?page=${page - 1}`} variant="secondary">
                Newer
              </ButtonLink>
            ) : null}
            <span className="text-slate-600">
              Page {Math.min(page, pages)} of {pages} · {total} emails
            </span>
            {page < pages ? (
              <ButtonLink href={`/clinic/outbox?page=${page + 1}`} variant="secondary">
                Older
              </ButtonLink>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
