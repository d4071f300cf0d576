import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";

export const showAtOnceSchema = z.object({
  subject: z.string().min(1).max(64),
  showAtOnce: z.enum(["ja", "nei"]).transform((v) => v === "ja"),
});

/**
 * "Vis svarene mine med en gang": the person's own choice to see results that wait for review at
 * once (never those that wait for a conversation). Only the person decides, not a proxy or parent.
 * The change is an UPDATE in the access log, so it shows in the Innsynslogg, and can be undone.
 */
export async function setShowAtOnce(
  db: Db,
  actor: Actor,
  input: { subject: string; showAtOnce: boolean },
  now = new Date(),
): Promise<void> {
  await withAccess(
    db,
    actor,
    { subject: input.subject, category: "LAB_RESULTS", action: "UPDATE" },
    async (tx, access) => {
      if (access.basis !== "SELF") throw new AccessDeniedError("own_choice_only");
      await tx.labReleasePreference.upsert({
        where: { personId: access.subject.id },
        create: { personId: access.subject.id, showAtOnce: input.showAtOnce, changedAt: now },
        update: { showAtOnce: input.showAtOnce, changedAt: now },
      });
      access.item("lab_release_preference", input.showAtOnce ? "show_at_once" : "wait_for_review");
    },
    { now },
  );
}
