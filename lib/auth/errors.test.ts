import { describe, expect, it } from "vitest";
import { describeAuthFailure, messages } from "./errors";

describe("describeAuthFailure", () => {
  it("puts field problems next to their field", () => {
    expect(describeAuthFailure({ status: 422, code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" })).toEqual({ fields: { email: messages.emailTaken } });
    expect(describeAuthFailure({ status: 400, code: "INVALID_INPUT", fieldErrors: { name: "Enter your name" } })).toEqual({
      fields: { name: "Enter your name" },
    });
  });

  it("gives the whole form one message otherwise", () => {
    expect(describeAuthFailure({ status: 429 }).form).toBe("Too many attempts, try again in a minute");
    expect(describeAuthFailure({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" }).form).toBe(messages.wrongCredentials);
    expect(describeAuthFailure({ status: 400, code: "INVALID_TOKEN" }).form).toBe(messages.badResetLink);
    expect(describeAuthFailure({ status: 500 }).form).toBe(messages.unknown);
    expect(describeAuthFailure(null).form).toBe(messages.unknown);
  });
});
