/** The request has been answered (or taken on) by someone else meanwhile; nothing was changed. */
export class FormalRequestStatusChangedError extends Error {
  constructor() {
    super("formal_request_status_changed");
    this.name = "FormalRequestStatusChangedError";
  }
}

/** The chosen unit has no care relation with the person (a tampered form); nothing was stored. */
export class UnitNotOfferedError extends Error {
  constructor() {
    super("formal_request_unit_not_offered");
    this.name = "UnitNotOfferedError";
  }
}
