/** Someone else got this time first (or it was closed). Nothing was changed. */
export class SlotTakenError extends Error {
  constructor() {
    super("slot_taken");
    this.name = "SlotTakenError";
  }
}

/** The slot cannot be booked by this person: in the past, closed, or at a unit they cannot book. */
export class SlotNotBookableError extends Error {
  constructor(readonly why: "past" | "closed" | "unit_not_bookable" | "not_found" | "other_unit") {
    super(`slot_not_bookable:${why}`);
    this.name = "SlotNotBookableError";
  }
}

/** Too late (or too early: already over) to cancel or change online; call the unit instead. */
export class DeadlinePassedError extends Error {
  constructor(
    readonly unitName: string,
    readonly unitPhone: string | null,
    readonly deadlineHours: number,
    readonly why: "deadline" | "past" | "not_booked",
  ) {
    super(`deadline_passed:${why}`);
    this.name = "DeadlinePassedError";
  }
}
