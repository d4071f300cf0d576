/** Builders for messaging tests: a unit with its shared inbox, members, topics and a backup chain. */
import type { Actor } from "@/lib/access/actor";
import type { DbOrTx } from "@/lib/db/client";
import type { OrganisationKind, UnitKind } from "@/lib/generated/prisma/enums";
import { createClinician, createOrganisationWithUnit } from "./factories";

export type MessagingUnit = {
  organisationId: string;
  unitId: string;
  unitName: string;
  sharedInboxId: string;
  topicId: string;
  clinician: Extract<Actor, { kind: "CLINICIAN" }>;
};

export async function createMessagingUnit(
  db: DbOrTx,
  opts: {
    kind?: OrganisationKind;
    unitKind?: UnitKind;
    openWithinHours?: number;
    messagesFromAnyone?: boolean;
    organisationId?: string;
  } = {},
): Promise<MessagingUnit> {
  let organisationId: string;
  let unit: { id: string; name: string };
  if (opts.organisationId) {
    organisationId = opts.organisationId;
    unit = await db.unit.create({
      data: {
        organisationId,
        kind: opts.unitKind ?? "GP_PRACTICE",
        name: `Enhet ${Math.random().toString(36).slice(2, 7)}`,
      },
    });
  } else {
    const created = await createOrganisationWithUnit(db, {
      kind: opts.kind ?? "GP_OFFICE",
      unitKind: opts.unitKind ?? "GP_PRACTICE",
    });
    organisationId = created.organisation.id;
    unit = created.unit;
  }
  if (opts.messagesFromAnyone)
    await db.unit.update({ where: { id: unit.id }, data: { messagesFromAnyone: true } });
  const c = await createClinician(db, { unitIds: [unit.id] });
  const inbox = await db.inbox.create({
    data: {
      organisationId,
      unitId: unit.id,
      kind: "SHARED",
      name: `${unit.name} felles`,
      openWithinHours: opts.openWithinHours ?? 24,
      members: { create: { clinicianId: c.id } },
    },
  });
  const topic = await db.messageTopic.create({ data: { unitId: unit.id, label: "Annet" } });
  await db.routingRule.create({
    data: { organisationId, unitId: unit.id, topicId: topic.id, inboxId: inbox.id },
  });
  return {
    organisationId,
    unitId: unit.id,
    unitName: unit.name,
    sharedInboxId: inbox.id,
    topicId: topic.id,
    clinician: {
      kind: "CLINICIAN",
      sessionId: "test",
      clinicianId: c.id,
      name: `${c.givenName} ${c.familyName}`,
      profession: c.profession,
      units: [{ id: unit.id, name: unit.name, organisationName: "Org" }],
    },
  };
}

/** Another inbox in the same unit with its own member (a backup), returning its id and member. */
export async function createInbox(
  db: DbOrTx,
  unit: MessagingUnit,
  opts: { personal?: boolean; openWithinHours?: number; backupInboxId?: string | null } = {},
): Promise<{ id: string; member: Extract<Actor, { kind: "CLINICIAN" }> }> {
  const c = await createClinician(db, { unitIds: [unit.unitId] });
  const inbox = await db.inbox.create({
    data: {
      organisationId: unit.organisationId,
      unitId: unit.unitId,
      kind: opts.personal === false ? "SHARED" : "PERSONAL",
      ownerClinicianId: opts.personal === false ? null : c.id,
      name: `${c.givenName} sin innboks`,
      openWithinHours: opts.openWithinHours ?? 24,
      backupInboxId: opts.backupInboxId ?? null,
      members: { create: { clinicianId: c.id } },
    },
  });
  return {
    id: inbox.id,
    member: {
      kind: "CLINICIAN",
      sessionId: "test",
      clinicianId: c.id,
      name: c.givenName,
      profession: c.profession,
      units: [{ id: unit.unitId, name: unit.unitName, organisationName: "Org" }],
    },
  };
}

export const citizenActor = (p: {
  id: string;
  givenName: string;
  familyName: string;
}): Extract<Actor, { kind: "CITIZEN" }> => ({
  kind: "CITIZEN",
  sessionId: "test",
  personId: p.id,
  name: `${p.givenName} ${p.familyName}`,
});
