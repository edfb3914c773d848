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
