"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

type Status = "checking" | "unsupported" | "off" | "on" | "blocked";

/**
 * Turns notifications on or off for this browser: subscribes through the service worker (registered by
 * the portal nav after load, or here on first use) with our VAPID public key and hands the subscription to /api/push/subscription.
 */
export function PushToggle({ publicKey }: { publicKey: string | null }) {
  const [status, setStatus] = useState<Status>("checking");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      if (!publicKey || !("serviceWorker" in navigator) || !("PushManager" in window)) {
        if (live) setStatus("unsupported");
        return;
      }
      if (Notification.permission === "denied") {
        if (live) setStatus("blocked");
        return;
      }
      const registration = await navigator.serviceWorker.getRegistration("/");
      const subscription = await registration?.pushManager.getSubscription();
      if (live) setStatus(subscription ? "on" : "off");
    })().catch(() => live && setStatus("unsupported"));
    return () => {
      live = false;
    };
  }, [publicKey]);

  async function turnOn() {
    if (!publicKey) return;
    // The portal registers the worker after load; the clinic registers it here, on first use.
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    const registration = await navigator.serviceWorker.ready;
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: publicKey,
    });
    const response = await fetch("/api/push/subscription", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(subscription.toJSON()),
    });
    if (!response.ok) {
      await subscription.unsubscribe();
      throw new Error("not saved");
    }
    setStatus("on");
  }

  async function turnOff() {
    const registration = await navigator.serviceWorker.getRegistration("/");
    const subscription = await registration?.pushManager.getSubscription();
    if (subscription) {
      await fetch("/api/push/subscription", {
        method: "DELETE",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ endpoint: subscription.endpoint }),
      });
      await subscription.unsubscribe();
    }
    setStatus("off");
  }

  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      await (status === "on" ? turnOff() : turnOn());
    } catch {
      setStatus(Notification.permission === "denied" ? "blocked" : status);
      setError("That did not work. Please try again.");
    } finally {
      setBusy(false);
    }
  }

  if (status === "checking") return <p className="text-sm text-slate-600">Checking this device…</p>;
  if (status === "unsupported")
    return <p className="text-sm text-slate-600">This browser cannot show notifications from Gradus.</p>;
  if (status === "blocked")
    return (
      <p className="text-sm text-slate-600">
        Notifications are blocked for Gradus. You can allow them in your browser settings.
      </p>
    );
  return (
    <div className="flex flex-col gap-2">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <p>
        {status === "on" ? "Notifications are on for this device." : "Notifications are off for this device."}
      </p>
      <Button type="button" variant="secondary" onClick={toggle} disabled={busy} aria-disabled={busy}>
        {status === "on" ? "Turn off notifications" : "Turn on notifications"}
      </Button>
    </div>
  );
}
