import type { Tx } from "@/lib/db/client";
import { THREAD_RELATION_DAYS } from "./limits";

/**
 * Writing (or being forwarded) a thread gives the unit a MESSAGE_THREAD care relation, so its
 * clinicians may read the thread through the gate; each new message keeps it alive a while longer.
 */
export async function keepThreadRelation(
  tx: Tx,
  input: { personId: string; unitId: string; threadId: string; now: Date },
) {
  const validUntil = new Date(input.now.getTime() + THREAD_RELATION_DAYS * 86_400_000);
  await tx.careRelation.upsert({
    where: {
      personId_unitId_kind_sourceId: {
        personId: input.personId,
        unitId: input.unitId,
        kind: "MESSAGE_THREAD",
        sourceId: input.threadId,
      },
    },
    create: {
      personId: input.personId,
      unitId: input.unitId,
      kind: "MESSAGE_THREAD",
      sourceId: input.threadId,
      validFrom: input.now,
      validUntil,
    },
    update: { validUntil },
  });
}
