/**
 * Logs an unexpected error without its contents. Database errors carry the statement's values in
 * their message (what a citizen typed, an identity number), so the log gets only a fresh error id,
 * where it happened, the error's class and, for Prisma, its code. The id is returned so a page can
 * show it ("quote this id") and an operator can find the line.
 */
export function logError(where: string, error: unknown): string {
  const id = crypto.randomUUID();
  console.error(`[error ${id}] ${where}: ${describeError(error)}`);
  return id;
}

/** Class name and, when there is one, a short machine code (P2002, 23505): never the message. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const safeCode = typeof code === "string" && /^[A-Z0-9_]{1,16}$/i.test(code) ? ` ${code}` : "";
  return `${error.constructor?.name || error.name || "Error"}${safeCode}`;
}
