"use client";

import Link from "next/link";
import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "./button";

/**
 * A form's submit button that shows progress and cannot be pressed twice while the form is sending. Both
 * labels sit in the same grid cell, so the button keeps the width of the longer one: nothing beside it moves
 * under the pointer of someone who double-clicks.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant,
  className,
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
  className?: string;
  /** For forms with several submit buttons: the clicked one's name and value are sent. */
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      name={name}
      value={value}
      variant={variant}
      className={className}
      disabled={pending}
      aria-disabled={pending}
    >
      <StableLabel pending={pending} label={children} pendingLabel={pendingLabel} />
    </Button>
  );
}

/** Idle and pending labels stacked in one cell; the hidden one still takes its width. */
export function StableLabel({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: React.ReactNode;
  pendingLabel: React.ReactNode;
}) {
  return (
    <span className="grid">
      <span className={`col-start-1 row-start-1 ${pending ? "invisible" : ""}`} aria-hidden={pending}>
        {label}
      </span>
      <span className={`col-start-1 row-start-1 ${pending ? "" : "invisible"}`} aria-hidden={!pending}>
        {pendingLabel}
      </span>
    </span>
  );
}

/**
 * A link beside a submit button (e.g. Cancel) that does nothing while the form is sending: a second click
 * meant for the submit button must not leave the page and lose the answer.
 */
export function PendingInertLink({ className, ...props }: ComponentProps<typeof Link>) {
  const { pending } = useFormStatus();
  return (
    <Link
      {...props}
      className={`${className ?? ""} ${pending ? "pointer-events-none opacity-60" : ""}`}
      aria-disabled={pending || undefined}
      onClick={(e) => {
        if (pending) e.preventDefault();
        props.onClick?.(e);
      }}
    />
  );
}
