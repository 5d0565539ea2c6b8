// Turns a failed /api/auth reply into messages for the form: next to a field when the
// problem is one field's, otherwise one message for the whole form.
export type FieldErrors = Record<string, string | undefined>;

export type AuthFailure = { status?: number; code?: string; fieldErrors?: FieldErrors };
export type FormProblems = { fields: FieldErrors; form?: string };

export const messages = {
  rateLimited: "Too many attempts, try again in a minute",
  emailTaken: "An account with this email already exists",
  wrongCredentials: "Wrong email or password",
  badResetLink: "This reset link is invalid or has expired. Ask for a new one.",
  banned: "This account has been suspended. Contact support if you think this is a mistake.",
  unknown: "Something went wrong. Please try again.",
};

export function describeAuthFailure(failure: AuthFailure | null | undefined): FormProblems {
  if (failure?.status === 429) return { fields: {}, form: messages.rateLimited };
  if (failure?.fieldErrors && Object.keys(failure.fieldErrors).length) return { fields: failure.fieldErrors };
  switch (failure?.code) {
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return { fields: { email: messages.emailTaken } };
    case "INVALID_EMAIL_OR_PASSWORD":
      return { fields: {}, form: messages.wrongCredentials };
    case "INVALID_TOKEN":
      return { fields: {}, form: messages.badResetLink };
    case "BANNED_USER":
      return { fields: {}, form: messages.banned };
    default:
      return { fields: {}, form: messages.unknown };
  }
}
