// Runs once when the Next.js server starts. Under `npm start` the server is a child of the
// process that holds the embedded database: when that parent goes away (even killed),
// the IPC channel closes and the server exits too instead of lingering on the port.
export function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.MINISHOP_SUPERVISED === "1" && typeof process.send === "function") {
    process.on("disconnect", () => process.exit(0));
  }
}
