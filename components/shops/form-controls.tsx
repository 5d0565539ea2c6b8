// The shop forms' select, text area, checkbox and saved note: one set with every other form's
// fields, in components/forms/fields.
export { CheckboxField, SavedNote, SelectField, TextAreaField } from "@/components/forms/fields";
