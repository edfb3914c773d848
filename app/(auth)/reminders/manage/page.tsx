import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { verifyReminderLink } from "@/lib/reminders/link-token";

export const metadata: Metadata = { title: "Reminders" };

const KIND_WORDS = {
  diary: "diary reminders",
  questionnaire: "questionnaire reminders",
  check_in: "weekly question reminders",
} as const;

type Props = { searchParams: Promise<{ t?: string; done?: string }> };

/**
 * Opened from the link in a reminder email, without signing in: pause every reminder for a week, or stop
 * this kind. Opening the page changes nothing (mail scanners open links); only the buttons do.
 */
export default async function ManageRemindersPage({ searchParams }: Props) {
  const { t, done } = await searchParams;
  const link = verifyReminderLink(t);
  if (!link) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-xl font-semibold">Reminders</h1>
        <Notice tone="error">
          This link has expired or is not valid. Sign in to Gradus to change your reminders.
        </Notice>
        <Link href="/sign-in" className={buttonClass("primary", "w-full")}>
          Sign in
        </Link>
      </div>
    );
  }
  if (done === "pause" || done === "stop") {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-xl font-semibold">Reminders</h1>
        <Notice tone="success">
          {done === "pause"
            ? "Reminders are paused for a week."
            : `You will not get ${KIND_WORDS[link.kind]} any more.`}
        </Notice>
        <p className="text-sm text-slate-700">
          You can change this any time on the Reminders page in Gradus.
        </p>
      </div>
    );
  }
  const action = `/api/reminders/stop?t=${encodeURIComponent(t ?? "")}`;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">Reminders</h1>
      <p className="text-slate-700">What would you like to do?</p>
      <form method="post" action={action} className="flex flex-col gap-3">
        <button type="submit" name="action" value="pause" className={buttonClass("secondary", "w-full")}>
          Pause reminders for a week
        </button>
        <button type="submit" name="action" value="stop" className={buttonClass("primary", "w-full")}>
          Stop {KIND_WORDS[link.kind]}
        </button>
      </form>
    </div>
  );
}
