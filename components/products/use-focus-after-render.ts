"use client";
// Moves focus once React has rendered the change that called for it: an element that a state
// update adds (a new picture's alt text) doesn't exist yet in the event handler.
import { useEffect, useRef } from "react";

type Find = () => HTMLElement | null | undefined;

/** `focusAfterRender(find)`: after the next render, focus what `find` returns. Pair it with a state update. */
export function useFocusAfterRender() {
  const pending = useRef<Find | null>(null);
  useEffect(() => {
    const find = pending.current;
    pending.current = null;
    find?.()?.focus();
  });
  return (find: Find) => {
    pending.current = find;
  };
}

/** The first of these ids that is in the page and not disabled. */
export function firstEnabled(...ids: string[]): HTMLElement | undefined {
  return ids.map((id) => document.getElementById(id)).find((el): el is HTMLElement => !!el && !(el as HTMLButtonElement).disabled);
}
