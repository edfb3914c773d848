import { buttonClass } from "./button";

/** A plain form, so signing out works before any JavaScript has loaded. */
export function SignOutButton({ signOut }: { signOut: () => Promise<void> }) {
  return (
    <form action={signOut}>
      <button type="submit" className={buttonClass("ghost", "min-h-10 px-3")}>
        Sign out
      </button>
    </form>
  );
}
