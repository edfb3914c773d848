"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Shows a freshly issued invite link once, with a copy button. */
export function InviteLink({ url, expiresAt }: { url: string; expiresAt: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const expires = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short" }).format(
    new Date(expiresAt),
  );
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="flex flex-col gap-2">
      <label className="text-sm font-medium text-slate-800" htmlFor="invite-link">
        Invite link
      </label>
      <div className="flex flex-col items-start gap-2">
        <input
          id="invite-link"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-h-11 w-full rounded-lg border border-slate-300 bg-slate-50 px-3 font-mono text-sm"
        />
        <Button type="button" variant="secondary" onClick={copy}>
          Copy link
        </Button>
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">
        {copied === "copied"
          ? "Copied. Send it to the patient by email or text message."
          : copied === "failed"
            ? "Could not copy automatically: select the link and copy it."
            : `Works once, until ${expires}. It will not be shown again; you can always issue a new one.`}
      </p>
    </div>
  );
}
