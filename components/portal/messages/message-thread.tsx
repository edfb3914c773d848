"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useOnline } from "@/components/portal/diary/use-online";
import { Button } from "@/components/ui/button";
import { MESSAGE_MAX_LENGTH } from "@/lib/domain/messages";
import {
  newSubmissionId,
  postMessage,
  RefusedError,
  RetryableError,
  type MessagePayload,
} from "./send-message";

export type ThreadMessage = {
  id: string;
  clientId: string;
  author: "patient" | "staff";
  authorName: string;
  body: string;
  createdAt: string;
};

type Outgoing = MessagePayload & { error?: string };

/**
 * The patient's conversation with their care team. A message keeps its id until the server confirms it, so
 * an automatic retry or a second tap never stores it twice; while offline it waits on screen, marked as
 * waiting, and is sent when the connection returns.
 */
export function MessageThread({
  messages,
  timeZone,
  hadUnread,
}: {
  messages: ThreadMessage[];
  timeZone: string;
  /** Messages were unread when the page was built: the tab's count is refreshed once they are shown. */
  hadUnread: boolean;
}) {
  const online = useOnline();
  const router = useRouter();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [outgoing, setOutgoing] = useState<Outgoing[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const endRef = useRef<HTMLDivElement>(null);

  const mutation = useMutation({
    mutationFn: postMessage,
    // Messages go out one after another, in the order written.
    scope: { id: "portal-messages" },
    retry: (failures, e) => e instanceof RetryableError && failures < 6,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000),
  });

  useEffect(() => {
    if (hadUnread) router.refresh();
  }, [hadUnread, router]);

  const stored = new Set(messages.map((m) => m.clientId));
  const waiting = outgoing.filter((o) => !stored.has(o.clientId));

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: "end" });
  }, [messages.length, outgoing.length]);

  function send(item: Outgoing) {
    mutation
      .mutateAsync({ clientId: item.clientId, body: item.body })
      .then(() => router.refresh())
      .catch((e: unknown) => {
        const message = e instanceof RefusedError ? e.message : "It could not be sent. Try again.";
        setOutgoing((list) => list.map((o) => (o.clientId === item.clientId ? { ...o, error: message } : o)));
      });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const body = text.trim();
    if (body === "") {
      setError("Write your message first.");
      textRef.current?.focus();
      return;
    }
    if (body.length > MESSAGE_MAX_LENGTH) {
      setError(`Use at most ${MESSAGE_MAX_LENGTH} characters.`);
      textRef.current?.focus();
      return;
    }
    setError(null);
    const item = { clientId: newSubmissionId(), body };
    setOutgoing((list) => [...list, item]);
    setText("");
    send(item);
  }

  function retry(item: Outgoing) {
    setOutgoing((list) => list.map((o) => (o.clientId === item.clientId ? { ...o, error: undefined } : o)));
    send(item);
  }

  const time = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="flex flex-col gap-4">
      {messages.length === 0 && waiting.length === 0 ? (
        <p className="text-slate-600">No messages yet. Write to your physio below.</p>
      ) : (
        <ol aria-label="Messages" className="flex flex-col gap-3">
          {messages.map((m) => (
            <li key={m.id} className={bubble(m.author === "patient")}>
              <p className="text-xs font-medium text-slate-600">
                {m.author === "patient" ? "You" : m.authorName} · {time.format(new Date(m.createdAt))}
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{m.body}</p>
            </li>
          ))}
          {waiting.map((o) => (
            <li key={o.clientId} className={bubble(true)}>
              <p className="text-xs font-medium text-slate-600">
                You · {o.error ? "Not sent" : online ? "Sending…" : "Waiting to send"}
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{o.body}</p>
              {o.error ? (
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  <p role="alert" className="text-sm font-medium text-red-700">
                    {o.error}
                  </p>
                  <Button type="button" variant="secondary" onClick={() => retry(o)}>
                    Try again
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <div ref={endRef} />
      {!online ? (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          You are offline. You can still write. Your message is sent when you are back online.
        </p>
      ) : null}
      <form onSubmit={submit} noValidate className="flex flex-col gap-2">
        <label htmlFor="message-text" className="text-sm font-medium text-slate-800">
          Your message
        </label>
        <textarea
          id="message-text"
          ref={textRef}
          name="body"
          rows={4}
          value={text}
          maxLength={MESSAGE_MAX_LENGTH}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "message-error message-hint" : "message-hint"}
          className="w-full rounded-lg border border-slate-300 px-3 py-2 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-200"
        />
        <p id="message-hint" className="text-sm text-slate-600">
          Your physio reads these on weekdays. If it is an emergency, call for help now.
        </p>
        {error ? (
          <p id="message-error" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <Button type="submit" className="self-start">
          Send
        </Button>
      </form>
    </div>
  );
}

const bubble = (mine: boolean) =>
  `max-w-[85%] rounded-xl px-3 py-2 ${mine ? "self-end bg-brand-50 text-slate-900" : "self-start border border-slate-200 bg-white text-slate-900"}`;
