import "server-only";
import { getDb } from "@/db/client";
import { httpError, json } from "@/lib/actions/route-write";
import { requestMeta } from "@/lib/auth/request-meta";
import { limitWrites } from "@/lib/limits/write-limit";
import { changeRemindersByLink } from "@/lib/reminders/quick-change";
import { verifyReminderLink } from "@/lib/reminders/link-token";
import { reminderLinkAction } from "@/lib/validation/reminders";

/**
 * The signed link's endpoint, without signing in. Two callers: the page's buttons (a form post with
 * action=pause or action=stop, answered with a redirect back to the page) and a mail client's one-click
 * unsubscribe (RFC 8058: body "List-Unsubscribe=One-Click", which stops this kind; answered 200).
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("t");
  const link = verifyReminderLink(token);
  if (!link || !token) return json(404, { error: "This link has expired or is not valid." });

  const form = await request.formData().catch(() => null);
  const oneClick = form?.get("List-Unsubscribe") === "One-Click";
  const action = oneClick
    ? { success: true as const, data: "stop" as const }
    : reminderLinkAction.safeParse(form?.get("action"));
  if (!action.success) return json(422, { error: "Choose pause or stop." });

  const db = await getDb();
  const meta = await requestMeta();
  const allowed = await limitWrites(db, { userId: `reminder-link:${link.patientId}` }, meta);
  if (!allowed.ok) return httpError(allowed.error);
  const changed = await changeRemindersByLink({ db, meta }, link, action.data);
  if (!changed.ok) return httpError(changed.error);
  if (oneClick) return json(200, { status: "stopped" });
  // A relative Location: the browser resolves it against the address it posted to, so neither the request's
  // Host nor APP_URL is involved, and a page opened at another origin than APP_URL is not redirected away
  // (the CSP's form-action 'self' would block that redirect and leave the button doing nothing).
  const back = `/reminders/manage?t=${encodeURIComponent(token)}&done=${action.data}`;
  return new Response(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
}
