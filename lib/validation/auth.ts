import { z } from "zod";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email address like name@example.com."));

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password.").max(256),
});

export const MIN_PASSWORD_LENGTH = 10;

export const newPasswordSchema = z
  .object({
    password: z.string().max(256, "Use at most 256 characters."),
    confirm: z.string().max(256),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match." });

/** A six-digit authenticator code or a recovery code like "abcde-23456"; spaces are ignored. */
export const secondFactorSchema = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, "").toLowerCase())
    .pipe(
      z
        .string()
        .regex(
          /^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/,
          "Enter the 6-digit code from your app, or a recovery code.",
        ),
    ),
});

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(256),
    password: z.string().max(256, "Use at most 256 characters."),
    confirm: z.string().max(256),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match." })
  .refine((v) => v.password !== v.current, {
    path: ["password"],
    message: "Choose a password different from the current one.",
  });

export const totpCodeSchema = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code your app shows.")),
});

export const forgotPasswordSchema = z.object({ email: emailField });

/** "Forgot password" link tokens: 32 random bytes in base64url, like invite tokens. */
export const resetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
