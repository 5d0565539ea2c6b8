// False in the server's HTML and until React has hydrated the page, then true. Buttons that work
// only through JavaScript stay disabled until then, so an early tap is never silently lost.
import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
