import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for tests, on a free port of 127.0.0.1: every message it accepts is parsed (mailparser)
 * and kept. `refuseNext(code, n)` makes it answer the next n messages with that reply (451: try later;
 * 550: refused), to test retries and failures.
 */
export async function startSmtpTestServer() {
  const received: ParsedMail[] = [];
  const waiters: Array<() => void> = [];
  let refusals: { code: number; left: number } | null = null;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusals && refusals.left > 0) {
          refusals.left--;
          const error = Object.assign(new Error(refusals.code < 500 ? "Try again later" : "Mailbox refused"), {
            responseCode: refusals.code,
          });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            received.push(mail);
            waiters.splice(0).forEach((wake) => wake());
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://tester:secret@127.0.0.1:${port}`,
    received,
    refuseNext(code: number, count = 1) {
      refusals = { code, left: count };
    },
    /** Resolves once at least `count` messages have arrived. */
    async waitFor(count: number): Promise<ParsedMail[]> {
      while (received.length < count) await new Promise<void>((wake) => waiters.push(wake));
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpTestServer = Awaited<ReturnType<typeof startSmtpTestServer>>;
