import "server-only";
import { refresh } from "next/cache";
import { SlotTakenError, type SlotNotBookableError } from "@/lib/appointments/errors";

/**
 * After the chosen time was taken or closed meanwhile: which error to show. The page is drawn again
 * (`refresh`, or the plain post's answer) and reads the times still free itself, so the form offers
 * exactly those and keeps what the person wrote; reading them here too would cost a second gated
 * read and a second log entry for one page.
 */
export function afterLostSlot(error: SlotTakenError | SlotNotBookableError) {
  refresh();
  return {
    error:
      error instanceof SlotTakenError ? ("slot_taken" as const) : ("slot_not_bookable" as const),
  };
}
