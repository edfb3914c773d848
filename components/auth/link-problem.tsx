import Link from "next/link";

/** What a page opened from an emailed link says when the link cannot be used, and where to go instead. */
export function LinkProblem({
  title,
  body,
  next = { href: "/sign-in", label: "Go to sign in" },
}: {
  title: string;
  body: string;
  next?: { href: string; label: string };
}) {
  return (
    <>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-700">{body}</p>
      <Link
        href={next.href}
        className="mt-6 inline-block font-medium text-brand-700 underline underline-offset-4"
      >
        {next.label}
      </Link>
    </>
  );
}
