import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";

/** One outgoing notification. `id` is the outbox row: providers get it as an idempotency key. */
export type OutgoingNotification = {
  id: string;
  channel: NotificationChannel;
  to: string;
  subject: string;
  text: string;
};

/** How notifications leave the portal. A failure throws; the worker retries with backoff. */
export interface NotificationTransport {
  readonly name: string;
  send(message: OutgoingNotification): Promise<void>;
}

/** The demo's transport: one JSON line per notification in a file under .data/, readable by anyone trying the demo. */
export function fileTransport(file: string): NotificationTransport {
  return {
    name: `file:${file}`,
    async send(message) {
      await mkdir(path.dirname(file), { recursive: true });
      await appendFile(
        file,
        `${JSON.stringify({ at: new Date().toISOString(), ...message })}\n`,
        "utf8",
      );
    },
  };
}

/** E-mail through SMTP (nodemailer). */
export function smtpTransport(options: { url: string; from: string }): NotificationTransport {
  const mailer = nodemailer.createTransport(options.url);
  return {
    name: "smtp",
    async send(message) {
      await mailer.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.id}@helsami.invalid>`,
      });
    },
  };
}

/** SMS through an HTTP gateway: POST JSON with an Idempotency-Key, so a retry is never a second SMS there. */
export function smsHttpTransport(options: {
  url: string;
  token?: string | undefined;
  sender: string;
}): NotificationTransport {
  return {
    name: "sms-http",
    async send(message) {
      const response = await fetch(options.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "Idempotency-Key": message.id,
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ to: message.to, from: options.sender, text: message.text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/** E-mail and SMS each to their own transport. */
export function byChannel(
  email: NotificationTransport,
  sms: NotificationTransport,
): NotificationTransport {
  return {
    name: `${email.name}+${sms.name}`,
    send: (message) => (message.channel === "EMAIL" ? email.send(message) : sms.send(message)),
  };
}

/**
 * From the environment: SMTP_URL (+ NOTIFY_FROM) for e-mail and SMS_GATEWAY_URL (+ SMS_GATEWAY_TOKEN,
 * SMS_SENDER) for SMS; whichever is unset writes to .data/notifications/outbox.jsonl instead.
 */
export function transportFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  repoRoot = process.cwd(),
): NotificationTransport {
  const file = fileTransport(path.join(repoRoot, ".data", "notifications", "outbox.jsonl"));
  const email = env.SMTP_URL
    ? smtpTransport({
        url: env.SMTP_URL,
        from: env.NOTIFY_FROM ?? "HelsaMi <ikke-svar@helsami.invalid>",
      })
    : file;
  const sms = env.SMS_GATEWAY_URL
    ? smsHttpTransport({
        url: env.SMS_GATEWAY_URL,
        token: env.SMS_GATEWAY_TOKEN,
        sender: env.SMS_SENDER ?? "HelsaMi",
      })
    : file;
  return byChannel(email, sms);
}
