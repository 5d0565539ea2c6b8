"use client";
// "Move up" / "Move down" for one item of an ordered list (collections, a collection's
// products): the keyboard- and screen-reader-friendly way to reorder. The moved item keeps
// focus, and where it went is announced.
import { useEffect, useRef, useState, useTransition } from "react";
import type { FormState } from "@/lib/core/form-state";

type Direction = "up" | "down";
type Props = { id: string; label: string; position: number; count: number; move: (direction: Direction) => Promise<FormState> };

export function MoveButtons({ id, label, position, count, move }: Props) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const moved = useRef<Direction | null>(null);

  // The list re-renders in the new order and the row's DOM node moves, which drops focus:
  // put it back on the same button, or on the other one at the end of the list.
  useEffect(() => {
    if (pending || !moved.current) return;
    const want = document.getElementById(`move-${moved.current}-${id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${moved.current === "up" ? "down" : "up"}-${id}`) as HTMLButtonElement | null;
    (want && !want.disabled ? want : other)?.focus();
    moved.current = null;
  }, [pending, id]);

  function run(direction: Direction) {
    moved.current = direction;
    startTransition(async () => {
      const reply = await move(direction);
      const to = direction === "up" ? position - 1 : position + 1;
      setMessage(reply.form ? { text: reply.form, error: true } : { text: `${label} moved to position ${to} of ${count}.`, error: false });
    });
  }

  const button =
    "rounded-md border border-slate-300 px-2 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";
  return (
    <div className="flex items-center gap-1">
      <button
        id={`move-up-${id}`}
        type="button"
        className={button}
        disabled={pending || position <= 1}
        onClick={() => run("up")}
        aria-label={`Move ${label} up`}
      >
        <span aria-hidden>↑</span>
      </button>
      <button
        id={`move-down-${id}`}
        type="button"
        className={button}
        disabled={pending || position >= count}
        onClick={() => run("down")}
        aria-label={`Move ${label} down`}
      >
        <span aria-hidden>↓</span>
      </button>
      <span role={message?.error ? "alert" : "status"} className={message?.error ? "text-sm font-medium text-red-700" : "sr-only"}>
        {message?.text ?? ""}
      </span>
    </div>
  );
}
