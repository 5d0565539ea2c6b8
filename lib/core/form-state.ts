// What every server action answers: messages per field, one for the whole form, or a
// confirmation. Type only (plus a constant), so client components import it freely.
export type FormState = {
  fields: Record<string, string | undefined>;
  form?: string;
  saved?: string;
  /** Changes on every answer, so the same message twice still re-renders and moves focus. */
  at?: number;
};

export const emptyFormState: FormState = { fields: {} };

export const savedState = (saved?: string): FormState => ({ fields: {}, saved, at: Date.now() });
