// What a shop form's server action answers: messages per field, one for the whole form, or
// a confirmation. Type only, so client components can import it without server code.
export type FormState = {
  fields: Record<string, string | undefined>;
  form?: string;
  saved?: string;
  /** Changes on every answer, so the same message twice still re-renders and moves focus. */
  at?: number;
};

export const emptyFormState: FormState = { fields: {} };
