import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { isNotFound } from "@/lib/access/errors";
import { changeInboxMember } from "@/lib/messages/admin/change-inbox-member";
import { getMessagingConfig } from "@/lib/messages/admin/get-messaging-config";
import {
  InboxSettingsError,
  updateInboxSettings,
  wouldCycle,
} from "@/lib/messages/admin/update-inbox-settings";
import { updateRoutingRule } from "@/lib/messages/admin/update-routing-rule";
import { startThread } from "@/lib/messages/start-thread";
import { useTestDatabase } from "./harness";
import { createCareRelation, createClinician, createPerson } from "./factories";
import {
  citizenActor,
  createInbox,
  createMessagingUnit,
  type MessagingUnit,
} from "./message-factories";

const t = useTestDatabase();

let unit: MessagingUnit;
let a: { id: string };
let b: { id: string };
let admin: Actor;
let otherAdmin: Actor;

beforeAll(async () => {
  unit = await createMessagingUnit(t.db);
  a = await createInbox(t.db, unit);
  b = await createInbox(t.db, unit);
  const adm = await createClinician(t.db, {
    unitIds: [],
    hprNumber: null,
    adminOf: [unit.organisationId],
  });
  admin = {
    kind: "ORG_ADMIN",
    sessionId: "t",
    clinicianId: adm.id,
    name: "Admin",
    organisationIds: [unit.organisationId],
  };
  const other = await createMessagingUnit(t.db);
  const adm2 = await createClinician(t.db, {
    unitIds: [],
    hprNumber: null,
    adminOf: [other.organisationId],
  });
  otherAdmin = {
    kind: "ORG_ADMIN",
    sessionId: "t",
    clinicianId: adm2.id,
    name: "Admin 2",
    organisationIds: [other.organisationId],
  };
});

describe("messaging admin", () => {
  it("finds loops in a backup chain", () => {
    const backups = new Map<string, string | null>([
      ["x", "y"],
      ["y", "z"],
      ["z", null],
    ]);
    expect(wouldCycle(backups, "z", "x")).toBe(true);
    expect(wouldCycle(backups, "z", null)).toBe(false);
    expect(wouldCycle(backups, "w", "x")).toBe(false);
  });

  it("sets backup and deadline, records the change; refuses a cycle and an out-of-range deadline", async () => {
    await updateInboxSettings(t.db, admin, {
      organisationId: unit.organisationId,
      inboxId: unit.sharedInboxId,
      backupInboxId: a.id,
      openWithinHours: 12,
    });
    await updateInboxSettings(t.db, admin, {
      organisationId: unit.organisationId,
      inboxId: a.id,
      backupInboxId: b.id,
      openWithinHours: 8,
    });
    await expect(
      updateInboxSettings(t.db, admin, {
        organisationId: unit.organisationId,
        inboxId: b.id,
        backupInboxId: unit.sharedInboxId,
        openWithinHours: 8,
      }),
    ).rejects.toMatchObject({ problem: "cycle" });
    await expect(
      updateInboxSettings(t.db, admin, {
        organisationId: unit.organisationId,
        inboxId: b.id,
        backupInboxId: null,
        openWithinHours: 0,
      }),
    ).rejects.toBeInstanceOf(InboxSettingsError);
    await expect(
      updateInboxSettings(t.db, admin, {
        organisationId: unit.organisationId,
        inboxId: b.id,
        backupInboxId: null,
        openWithinHours: 337,
      }),
    ).rejects.toMatchObject({ problem: "range" });
    expect((await t.db.inbox.findUniqueOrThrow({ where: { id: b.id } })).backupInboxId).toBeNull();
    const shared = await t.db.inbox.findUniqueOrThrow({ where: { id: unit.sharedInboxId } });
    expect([shared.backupInboxId, shared.openWithinHours]).toEqual([a.id, 12]);
    const changes = await t.db.messagingConfigChange.findMany({
      where: { organisationId: unit.organisationId },
      orderBy: { id: "asc" },
    });
    expect(changes.map((c) => [c.action, c.clinicianId])).toEqual([
      ["inbox_settings", (admin as { clinicianId: string }).clinicianId],
      ["inbox_settings", (admin as { clinicianId: string }).clinicianId],
    ]);
  });

  it("two admins closing a loop from both ends at once: one is refused", async () => {
    const c = await createInbox(t.db, unit);
    const d = await createInbox(t.db, unit);
    const results = await Promise.allSettled([
      updateInboxSettings(t.newClient(), admin, {
        organisationId: unit.organisationId,
        inboxId: c.id,
        backupInboxId: d.id,
        openWithinHours: 24,
      }),
      updateInboxSettings(t.newClient(), admin, {
        organisationId: unit.organisationId,
        inboxId: d.id,
        backupInboxId: c.id,
        openWithinHours: 24,
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await t.db.inbox.findMany({ where: { id: { in: [c.id, d.id] } } });
    expect(rows.filter((r) => r.backupInboxId !== null)).toHaveLength(1);
  });

  it("another organisation's admin gets 'not found'; the config shows no message content", async () => {
    const p = await createPerson(t.db, { givenName: "Pasientnavn", familyName: "Ukjentsen" });
    await createCareRelation(t.db, { personId: p.id, unitId: unit.unitId, kind: "GP_LIST" });
    await startThread(t.db, citizenActor(p), {
      subject: "meg",
      topicId: unit.topicId,
      body: "Hemmelig helseinnhold",
    });
    let refused = false;
    try {
      await getMessagingConfig(t.db, otherAdmin, unit.organisationId);
    } catch (error) {
      refused = isNotFound(error);
    }
    expect(refused).toBe(true);
    const config = await getMessagingConfig(t.db, admin, unit.organisationId);
    expect(JSON.stringify(config)).not.toContain("Hemmelig");
    expect(JSON.stringify(config)).not.toContain(p.familyName);
    expect(config.inboxes.length).toBeGreaterThanOrEqual(3);
  });

  it("manages members (only the unit's clinicians) and routing rules (only the unit's inboxes)", async () => {
    const newcomer = await createClinician(t.db, { unitIds: [unit.unitId] });
    const stranger = await createClinician(t.db, { unitIds: [] });
    await changeInboxMember(t.db, admin, {
      organisationId: unit.organisationId,
      inboxId: unit.sharedInboxId,
      clinicianId: newcomer.id,
      add: true,
    });
    expect(
      await t.db.inboxMember.count({
        where: { inboxId: unit.sharedInboxId, clinicianId: newcomer.id },
      }),
    ).toBe(1);
    await expect(
      changeInboxMember(t.db, admin, {
        organisationId: unit.organisationId,
        inboxId: unit.sharedInboxId,
        clinicianId: stranger.id,
        add: true,
      }),
    ).rejects.toThrow();
    await changeInboxMember(t.db, admin, {
      organisationId: unit.organisationId,
      inboxId: unit.sharedInboxId,
      clinicianId: newcomer.id,
      add: false,
    });
    expect(
      await t.db.inboxMember.count({
        where: { inboxId: unit.sharedInboxId, clinicianId: newcomer.id },
      }),
    ).toBe(0);

    const rule = await t.db.routingRule.findFirstOrThrow({ where: { unitId: unit.unitId } });
    await updateRoutingRule(t.db, admin, {
      organisationId: unit.organisationId,
      ruleId: rule.id,
      inboxId: a.id,
      preferResponsible: true,
    });
    expect(await t.db.routingRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({
      inboxId: a.id,
      preferResponsible: true,
    });
    const elsewhere = await createMessagingUnit(t.db);
    await expect(
      updateRoutingRule(t.db, admin, {
        organisationId: unit.organisationId,
        ruleId: rule.id,
        inboxId: elsewhere.sharedInboxId,
        preferResponsible: false,
      }),
    ).rejects.toThrow();
  });
});
