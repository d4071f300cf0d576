import type { Tx } from "@/lib/db/client";
import { UUID } from "@/lib/ids/uuid";

/**
 * Reads a slot for booking under a share lock held to the end of the transaction. Bookings of the
 * same slot share the lock and race only on the unique holdsSlotId; closing a slot takes the
 * exclusive lock (lockSlotForClosing), so it waits for bookings in flight and they wait for it. The
 * read after the lock is a fresh statement, so it sees a close that committed meanwhile.
 */
export async function readSlotForBooking(tx: Tx, slotId: string) {
  if (!UUID.test(slotId)) return null;
  await tx.$executeRaw`SELECT 1 FROM "slot" WHERE "id" = ${slotId}::uuid FOR SHARE`;
  return tx.slot.findUnique({
    where: { id: slotId },
    select: { id: true, unitId: true, status: true, startsAt: true, endsAt: true },
  });
}

/** The exclusive side of readSlotForBooking: held while a slot is closed. */
export async function lockSlotForClosing(tx: Tx, slotId: string): Promise<boolean> {
  if (!UUID.test(slotId)) return false;
  const locked = await tx.$executeRaw`SELECT 1 FROM "slot" WHERE "id" = ${slotId}::uuid FOR UPDATE`;
  return locked === 1;
}
