import Link from "next/link";
import { Logo } from "@/components/ui/logo";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <Logo />
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-600">This page does not exist, or your account does not have access to it.</p>
      <Link href="/" className="font-medium text-brand-700 underline underline-offset-4">
        Go to your home page
      </Link>
    </main>
  );
}
