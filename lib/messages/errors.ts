/** The thread is closed (marked done): a new message starts a new thread. */
export class ThreadClosedError extends Error {
  constructor() {
    super("thread closed");
    this.name = "ThreadClosedError";
  }
}

/** The chosen unit or topic is not one this person may write to. */
export class RecipientNotAllowedError extends Error {
  constructor() {
    super("recipient not allowed");
    this.name = "RecipientNotAllowedError";
  }
}

/** A clinician may only act on threads in an inbox they belong to. */
export class NotInInboxError extends Error {
  constructor() {
    super("not in inbox");
    this.name = "NotInInboxError";
  }
}

/** The inbox chosen to forward to is not one of the organisation's other inboxes. */
export class ForwardTargetError extends Error {
  constructor() {
    super("forward target not allowed");
    this.name = "ForwardTargetError";
  }
}
