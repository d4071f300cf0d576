/** The medication cannot be renewed online: it is not current, or has no prescription to renew. */
export class NotRenewableError extends Error {
  constructor() {
    super("not_renewable");
    this.name = "NotRenewableError";
  }
}

/** A renewal of this medication is already waiting for an answer; nothing new was written. */
export class RenewalAlreadyRequestedError extends Error {
  constructor() {
    super("renewal_already_requested");
    this.name = "RenewalAlreadyRequestedError";
  }
}

/** Someone else answered this request first; nothing was changed. */
export class RenewalAlreadyDecidedError extends Error {
  constructor() {
    super("renewal_already_decided");
    this.name = "RenewalAlreadyDecidedError";
  }
}
