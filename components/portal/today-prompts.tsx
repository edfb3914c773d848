import Link from "next/link";
import { Notice } from "@/components/ui/notice";

type Props = {
  paused: boolean;
  clinicianName: string;
  checkIn: { trigger: "onboarding" | "weekly" | "diary"; reason: string } | null;
  measures: { psfs: "intake" | "rerate" | null; peg: boolean; fabq: boolean; work: boolean };
  goalsToAgree: number;
  thanks: "check-in" | "psfs" | "peg" | "fabq" | "work" | null;
};

const THANKS = {
  "check-in":
    "Thank you for answering the safety questions. If anything changes, answer them again or contact your physio.",
  psfs: "Thank you. Your answers about hard activities are saved for you and your physio.",
  peg: "Thank you. Your answers about the past week are saved for you and your physio.",
  fabq: "Thank you. Your answers about pain, activity and work are saved for your physio.",
  work: "Thank you. Your answer about work this week is saved for you and your physio.",
} as const;

const linkClass =
  "inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** What the portal asks of the patient today, most important first: the paused plan, safety, questionnaires. */
export function TodayPrompts({ paused, clinicianName, checkIn, measures, goalsToAgree, thanks }: Props) {
  return (
    <>
      {thanks ? <Notice tone="success">{THANKS[thanks]}</Notice> : null}
      {paused ? (
        <Notice tone="info" title="Your activity plan is paused">
          {clinicianName} will look at your answers and talk with you before the plan starts again. You can
          still log your pain, sleep and stress.
        </Notice>
      ) : null}
      {checkIn ? (
        <section
          aria-labelledby="check-in-heading"
          className={`rounded-xl border-2 p-4 ${checkIn.trigger === "diary" ? "border-amber-500 bg-amber-50" : "border-brand-200 bg-white"}`}
        >
          <h2 id="check-in-heading" className="text-lg font-semibold">
            Safety questions
          </h2>
          <p className="mt-1 text-slate-700">{checkIn.reason} It takes about a minute.</p>
          <Link href="/portal/check-in" className={`mt-3 ${linkClass}`}>
            Answer the safety questions
          </Link>
        </section>
      ) : null}
      {measures.psfs || measures.peg || measures.fabq || measures.work ? (
        <section
          aria-labelledby="measures-heading"
          className="rounded-xl border border-slate-200 bg-white p-4"
        >
          <h2 id="measures-heading" className="text-lg font-semibold">
            Questions for your physio
          </h2>
          <p className="mt-1 text-slate-700">These help you and your physio see what is changing.</p>
          <div className="mt-3 flex flex-wrap gap-2">
            {measures.psfs ? (
              <Link href="/portal/questionnaires/psfs" className={linkClass}>
                {measures.psfs === "intake" ? "Activities you find hard" : "Rate your activities again"}
              </Link>
            ) : null}
            {measures.peg ? (
              <Link href="/portal/questionnaires/peg" className={linkClass}>
                Your week with pain
              </Link>
            ) : null}
            {measures.work ? (
              <Link href="/portal/questionnaires/work" className={linkClass}>
                Your work this week
              </Link>
            ) : null}
            {measures.fabq ? (
              <Link href="/portal/questionnaires/fabq" className={linkClass}>
                Pain, activity and work
              </Link>
            ) : null}
          </div>
        </section>
      ) : null}
      {goalsToAgree > 0 ? (
        <Notice
          tone="info"
          title={goalsToAgree === 1 ? "A new goal from your physio" : "New goals from your physio"}
        >
          <Link href="/portal/progress#goals" className="font-semibold underline">
            Read and agree {goalsToAgree === 1 ? "it" : "them"} in My progress
          </Link>
        </Notice>
      ) : null}
    </>
  );
}
