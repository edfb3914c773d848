"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { signInSchema } from "@/lib/validation/auth";
import { formValues, refused, type FormState } from "@/lib/validation/form-state";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return refused(parsed.error, values);
  try {
    // On success this throws Next's redirect, which must propagate; "/" sends each role to its home.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return { status: "success" };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return {
        status: "error",
        message: "Too many sign-in attempts. Wait 15 minutes and try again, or ask your clinic to help.",
        values,
      };
    }
    if (error instanceof AuthError) {
      return { status: "error", message: "That email and password do not match an account.", values };
    }
    throw error;
  }
}
