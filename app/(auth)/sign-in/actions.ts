"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/config";
import { fail, ok } from "@/lib/result/result";
import { secondFactorSchema, signInSchema } from "@/lib/validation/auth";

// Deliberately the same words whether or not the email has an account: the wait is kept per email either way.
const WAIT_MESSAGE =
  "Too many sign-in attempts. Wait a few minutes and try again, or ask your clinic to help.";
const waitALittle = () => fail({ code: "rate_limited", message: WAIT_MESSAGE });
const refusedWith = (message: string) => fail({ code: "forbidden", message });

/** Anonymous: next-auth's credentials provider checks the password, the throttle and the second factor. */
export const signInAction = formAction(
  {
    role: "anonymous",
    input: signInSchema,
    read: (formData) => ({ email: formData.get("email"), password: formData.get("password") }),
    keep: ["email"],
  },
  async (_ctx, input) => {
    try {
      // On success this throws Next's redirect, which must propagate; "/" sends each role to its home.
      await signIn("credentials", { ...input, redirectTo: "/" });
      return ok({ status: "success" as const });
    } catch (error) {
      if (error instanceof CredentialsSignin && error.code === "second_factor") redirect("/sign-in/verify");
      if (error instanceof CredentialsSignin && error.code === "rate_limited") return waitALittle();
      if (error instanceof AuthError) return refusedWith("That email and password do not match an account.");
      throw error;
    }
  },
);

/** The second step: the code from the authenticator app, or a recovery code. */
export const verifySecondFactorAction = formAction(
  {
    role: "anonymous",
    input: secondFactorSchema,
    read: (formData) => ({ code: formData.get("code") ?? "" }),
  },
  async (_ctx, input) => {
    try {
      await signIn("credentials", { code: input.code, redirectTo: "/" });
      return ok({ status: "success" as const });
    } catch (error) {
      if (error instanceof CredentialsSignin && error.code === "rate_limited") return waitALittle();
      if (error instanceof CredentialsSignin && error.code === "challenge_expired")
        return refusedWith("This sign-in has expired. Go back to sign in and enter your password again.");
      if (error instanceof AuthError)
        return refusedWith("That code is not right. Check your app and try again.");
      throw error;
    }
  },
);
