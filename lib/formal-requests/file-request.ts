import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { UnitNotOfferedError } from "./errors";
import { answerDueDate, FORMAL_REQUEST_TEXT_MAX } from "./limits";
import { requestableUnitWhere } from "./units";

const text = z.string().trim().max(FORMAL_REQUEST_TEXT_MAX);

/** The fields of a request as typed, before the rules between them (see requireByKind). */
export const formalRequestFields = {
  kind: z.enum(["ACCESS", "CORRECTION", "DELETION"]),
  unitId: z.uuid(),
  concerns: text.min(1),
  correction: text.optional(),
  reason: text.optional(),
};

/** Retting also says what it should say instead; retting and sletting say why. */
export function requireByKind(
  v: { kind: string; correction?: string | undefined; reason?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (v.kind === "CORRECTION" && !v.correction)
    ctx.addIssue({ code: "custom", path: ["correction"], message: "required" });
  if (v.kind !== "ACCESS" && !v.reason)
    ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
}

/**
 * What a citizen files. Innsyn needs what it concerns; retting also what is wrong and what it should
 * say instead, and why; sletting what should go and why. Empty optional texts become null.
 */
export const formalRequestInput = z.object(formalRequestFields).superRefine(requireByKind);

export type FormalRequestInput = z.infer<typeof formalRequestInput>;

/**
 * Files a formal request with one of the person's units. Through the gate (FORMAL_REQUESTS, CREATE:
 * the person, a parent of a child under 12, or a proxy whose grant covers formal requests with "see
 * and act") and logged; the request and its first history step are written in the same transaction.
 * The deadline is the Oslo day of receipt + 30, which the database checks again.
 */
export async function fileFormalRequest(
  db: Db,
  actor: Actor,
  input: { subject: string } & FormalRequestInput,
  now = new Date(),
): Promise<{ id: string }> {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  const parsed = formalRequestInput.parse(input);
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "FORMAL_REQUESTS", action: "CREATE" },
    async (tx, access) => {
      const unit = await tx.unit.findFirst({
        where: { id: parsed.unitId, ...requestableUnitWhere(access.subject.id, now) },
        select: { id: true },
      });
      if (!unit) throw new UnitNotOfferedError();
      const id = randomUUID();
      await tx.formalRequest.create({
        data: {
          id,
          personId: access.subject.id,
          unitId: unit.id,
          kind: parsed.kind,
          concerns: parsed.concerns,
          correction: parsed.kind === "CORRECTION" ? parsed.correction || null : null,
          reason: parsed.reason || null,
          filedById: actor.personId,
          receivedAt: now,
          answerDue: answerDueDate(now),
          events: { create: { kind: "FILED", at: now, actorPersonId: actor.personId } },
        },
        select: { id: true },
      });
      access.item("formal_request", id);
      return { id };
    },
    { now },
  );
}
