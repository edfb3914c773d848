"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { secondFactorSchema, signInSchema } from "@/lib/validation/auth";
import { formValues, refused, type FormState } from "@/lib/forms/form-state";

// Deliberately the same words whether or not the email has an account: the wait is kept per email either way.
const WAIT_MESSAGE =
  "Too many sign-in attempts. Wait a few minutes and try again, or ask your clinic to help.";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return refused(parsed.error, values);
  try {
    // On success this throws Next's redirect, which must propagate; "/" sends each role to its home.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return { status: "success" };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "second_factor") redirect("/sign-in/verify");
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { status: "error", message: WAIT_MESSAGE, values };
    }
    if (error instanceof AuthError) {
      return { status: "error", message: "That email and password do not match an account.", values };
    }
    throw error;
  }
}

/** The second step: the code from the authenticator app, or a recovery code. */
export async function verifySecondFactorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = secondFactorSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) return refused(parsed.error);
  try {
    await signIn("credentials", { code: parsed.data.code, redirectTo: "/" });
    return { status: "success" };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { status: "error", message: WAIT_MESSAGE };
    }
    if (error instanceof CredentialsSignin && error.code === "challenge_expired") {
      return {
        status: "error",
        message: "This sign-in has expired. Go back to sign in and enter your password again.",
      };
    }
    if (error instanceof AuthError) {
      return { status: "error", message: "That code is not right. Check your app and try again." };
    }
    throw error;
  }
}
