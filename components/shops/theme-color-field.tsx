"use client";
// The theme colour as a colour picker and as hex text, kept in step. Only the text input is
// submitted, so what the merchant typed is what the server validates.
import { Field } from "@/components/forms/fields";
import { useState } from "react";

const SIX_DIGITS = /^#[0-9a-f]{6}$/i;

export function ThemeColorField({ defaultValue, error }: { defaultValue: string; error?: string }) {
  const [hex, setHex] = useState(defaultValue);
  const [lastValid, setLastValid] = useState(defaultValue);
  return (
    <div className="flex items-start gap-3">
      <input
        type="color"
        aria-label="Theme colour picker"
        value={lastValid}
        onChange={(e) => {
          setHex(e.target.value);
          setLastValid(e.target.value);
        }}
        className="mt-6 h-10 w-14 shrink-0 cursor-pointer rounded-md border border-slate-400 bg-white p-1"
      />
      <Field
        name="themeColor"
        label="Theme colour"
        className="flex-1"
        value={hex}
        maxLength={7}
        spellCheck={false}
        autoCapitalize="none"
        onChange={(e) => {
          setHex(e.target.value);
          if (SIX_DIGITS.test(e.target.value)) setLastValid(e.target.value.toLowerCase());
        }}
        hint="Buttons and links in your shop use it. # and 6 hex digits, like #0f766e."
        error={error}
      />
    </div>
  );
}
