import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { latestMailTo, listOutbox } from "./outbox";
import { sendMail } from "./send";

let dataDir: string;
const saved = { DATA_DIR: process.env.DATA_DIR, SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "minishop-mail-"));
  process.env.DATA_DIR = dataDir;
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
});

afterEach(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe("dev outbox", () => {
  it("writes each mail as JSON under DATA_DIR/mail, read at call time", async () => {
    await sendMail({ to: "ada@example.test", subject: "Hello", text: "Hi Ada" });
    const files = await readdir(path.join(dataDir, "mail"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{13}-[0-9a-f-]{36}\.json$/);
    const stored = JSON.parse(await readFile(path.join(dataDir, "mail", files[0]), "utf8"));
    expect(stored).toEqual({
      id: expect.any(String),
      to: "ada@example.test",
      from: "Minishop <no-reply@minishop.local>",
      subject: "Hello",
      text: "Hi Ada",
      html: null,
      createdAt: expect.any(String),
    });
    expect(files[0]).toContain(stored.id);
  });

  it("lists newest first and finds the latest mail to an address", async () => {
    expect(await listOutbox()).toEqual([]);
    expect(await latestMailTo("ada@example.test")).toBeNull();
    await sendMail({ to: "ada@example.test", subject: "First", text: "1" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sendMail({ to: "bob@example.test", subject: "Other", text: "2", html: "<p>2</p>" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sendMail({ to: "ada@example.test", subject: "Second", text: "3" });
    expect((await listOutbox()).map((mail) => mail.subject)).toEqual(["Second", "Other", "First"]);
    expect((await latestMailTo("ADA@example.test "))?.subject).toBe("Second");
    expect((await latestMailTo("bob@example.test"))?.html).toBe("<p>2</p>");
  });

  it("honours MAIL_FROM", async () => {
    process.env.MAIL_FROM = "Shop <shop@example.test>";
    await sendMail({ to: "ada@example.test", subject: "From", text: "x" });
    expect((await latestMailTo("ada@example.test"))?.from).toBe("Shop <shop@example.test>");
  });
});
