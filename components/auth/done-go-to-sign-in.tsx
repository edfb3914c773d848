import Link from "next/link";
import { Notice } from "@/components/ui/notice";

/** What a form opened from an emailed link shows once it has done its job: the outcome, and the way in. */
export function DoneGoToSignIn({ message }: { message?: string }) {
  return (
    <div className="mt-6 flex flex-col gap-4">
      <Notice tone="success">{message}</Notice>
      <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-4">
        Go to sign in
      </Link>
    </div>
  );
}
