/**
 * Thrown when the gate refuses. Pages turn it into a plain "not found": a refusal must never reveal
 * that another person's record exists.
 */
export class AccessDeniedError extends Error {
  constructor(readonly reason: string) {
    super("Not found");
    this.name = "AccessDeniedError";
  }
}

/** The item asked for does not exist for this subject (or is not visible through this access). */
export class NotFoundError extends Error {
  constructor(what = "item") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof AccessDeniedError || error instanceof NotFoundError;
}
