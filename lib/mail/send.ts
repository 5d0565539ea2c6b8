// Outgoing mail. With SMTP_URL set, mail goes out over SMTP; without it (development,
// tests, a fresh install) each message is written as JSON to the dev outbox instead,
// where /admin/outbox and the tests read it. Env is read at call time, not at import,
// because tests point DATA_DIR at a temporary folder per run.
import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

export type Mail = { to: string; subject: string; text: string; html?: string };
export type StoredMail = { id: string; to: string; from: string; subject: string; text: string; html: string | null; createdAt: string };

export function outboxDir() {
  return path.resolve(process.env.DATA_DIR || ".data", "mail");
}

function mailFrom() {
  return process.env.MAIL_FROM || "Minishop <no-reply@minishop.local>";
}

let transport: { url: string; send: Transporter } | undefined;

function smtp(url: string) {
  if (transport?.url !== url) transport = { url, send: nodemailer.createTransport(url) };
  return transport.send;
}

export async function sendMail(mail: Mail): Promise<void> {
  const from = mailFrom();
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    await smtp(smtpUrl).sendMail({ from, ...mail });
    return;
  }
  const { to, subject, text, html = null } = mail;
  const stored: StoredMail = { id: randomUUID(), to, from, subject, text, html, createdAt: new Date().toISOString() };
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  // Written under a temporary name and renamed, so a reader never sees half a message.
  const file = path.join(dir, `${Date.now()}-${stored.id}.json`);
  await writeFile(`${file}.tmp`, JSON.stringify(stored, null, 2));
  await rename(`${file}.tmp`, file);
}
