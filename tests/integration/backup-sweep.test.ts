import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { runBackupSweep } from "@/lib/messages/backup-sweep";
import { listInboxThreads } from "@/lib/messages/list-inbox-threads";
import { openThread } from "@/lib/messages/open-thread";
import { startThread } from "@/lib/messages/start-thread";
import { useTestDatabase } from "./harness";
import { createCareRelation, createPerson } from "./factories";
import {
  citizenActor,
  createInbox,
  createMessagingUnit,
  type MessagingUnit,
} from "./message-factories";

const t = useTestDatabase();
const HOUR = 3_600_000;

// A controllable clock: every call takes `now`; the tests move it forward.
const T0 = new Date(Date.now() - 10 * 24 * HOUR);
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

let unit: MessagingUnit;
let backup: { id: string; member: Extract<Actor, { kind: "CLINICIAN" }> };
let backup2: { id: string; member: Extract<Actor, { kind: "CLINICIAN" }> };
let patient: Extract<Actor, { kind: "CITIZEN" }>;

async function newThread(hours = 0): Promise<string> {
  return (
    await startThread(
      t.db,
      patient,
      { subject: "meg", topicId: unit.topicId, body: "Hei" },
      at(hours),
    )
  ).threadId;
}
const hopsOf = (threadId: string) =>
  t.db.messageThreadHop.findMany({ where: { threadId }, orderBy: { hop: "asc" } });

beforeAll(async () => {
  // shared (24 h) → backup (8 h) → backup2 (no backup: end of the line)
  unit = await createMessagingUnit(t.db, { openWithinHours: 24 });
  backup2 = await createInbox(t.db, unit, { openWithinHours: 4 });
  backup = await createInbox(t.db, unit, { openWithinHours: 8, backupInboxId: backup2.id });
  await t.db.inbox.update({
    where: { id: unit.sharedInboxId },
    data: { backupInboxId: backup.id },
  });
  const p = await createPerson(t.db);
  await createCareRelation(t.db, {
    personId: p.id,
    unitId: unit.unitId,
    kind: "GP_LIST",
    validFrom: at(-100),
  });
  patient = citizenActor(p);
});

describe("backup sweep", () => {
  it("a thread opened in time is never forwarded", async () => {
    const id = await newThread(0);
    await openThread(t.db, unit.clinician, { threadId: id }, at(23));
    await runBackupSweep(t.db, at(25));
    await runBackupSweep(t.db, at(100));
    expect((await hopsOf(id)).length).toBe(1);
    expect((await t.db.messageThread.findUniqueOrThrow({ where: { id } })).inboxId).toBe(
      unit.sharedInboxId,
    );
  });

  it("an unopened thread is forwarded once, and shows in the backup inbox as forwarded here", async () => {
    const id = await newThread(0);
    await runBackupSweep(t.db, at(23.9));
    expect((await hopsOf(id)).length).toBe(1);
    await runBackupSweep(t.db, at(24));
    await runBackupSweep(t.db, at(24.5));
    const hops = await hopsOf(id);
    expect(hops.map((h) => [h.hop, h.reason, h.fromInboxId, h.toInboxId])).toEqual([
      [0, "ROUTED", null, unit.sharedInboxId],
      [1, "BACKUP", unit.sharedInboxId, backup.id],
    ]);
    const list = await listInboxThreads(
      t.db,
      backup.member,
      { inboxId: backup.id, view: "waiting" },
      at(25),
    );
    expect(list.threads.find((r) => r.id === id)).toMatchObject({
      status: "new",
      arrivedBy: "BACKUP",
    });
  });

  it("follows a chain of two backups, then stops at the end of the line", async () => {
    const id = await newThread(0);
    await runBackupSweep(t.db, at(24)); // → backup (8 h)
    await runBackupSweep(t.db, at(32)); // → backup2 (4 h)
    await runBackupSweep(t.db, at(36)); // backup2 has no backup: the clock stops
    await runBackupSweep(t.db, at(200));
    const hops = await hopsOf(id);
    expect(hops.map((h) => h.toInboxId)).toEqual([unit.sharedInboxId, backup.id, backup2.id]);
    const thread = await t.db.messageThread.findUniqueOrThrow({ where: { id } });
    expect(thread.inboxId).toBe(backup2.id);
    expect(thread.openDueAt).toBeNull();
  });

  it("stops a cycle at run time: a backup the thread has been in is not visited again", async () => {
    const a = await createMessagingUnit(t.db, { openWithinHours: 1 });
    const b = await createInbox(t.db, a, { openWithinHours: 1, backupInboxId: a.sharedInboxId });
    // Written straight to the database: the admin pages refuse this configuration.
    await t.db.inbox.update({ where: { id: a.sharedInboxId }, data: { backupInboxId: b.id } });
    const p = await createPerson(t.db);
    await createCareRelation(t.db, {
      personId: p.id,
      unitId: a.unitId,
      kind: "GP_LIST",
      validFrom: at(-10),
    });
    const { threadId } = await startThread(
      t.db,
      citizenActor(p),
      { subject: "meg", topicId: a.topicId, body: "Hei" },
      at(0),
    );
    for (const h of [1, 2, 3, 4, 5]) await runBackupSweep(t.db, at(h));
    expect((await hopsOf(threadId)).map((h) => h.toInboxId)).toEqual([a.sharedInboxId, b.id]);
    expect(
      (await t.db.messageThread.findUniqueOrThrow({ where: { id: threadId } })).openDueAt,
    ).toBeNull();
  });

  it("a forward to another unit's inbox gives that unit the care relation its clinicians need", async () => {
    const elsewhere = await createMessagingUnit(t.db, {
      organisationId: unit.organisationId,
      openWithinHours: 24,
    });
    const src = await createMessagingUnit(t.db, {
      organisationId: unit.organisationId,
      openWithinHours: 2,
    });
    await t.db.inbox.update({
      where: { id: src.sharedInboxId },
      data: { backupInboxId: elsewhere.sharedInboxId },
    });
    const p = await createPerson(t.db);
    await createCareRelation(t.db, {
      personId: p.id,
      unitId: src.unitId,
      kind: "GP_LIST",
      validFrom: at(-10),
    });
    const { threadId } = await startThread(
      t.db,
      citizenActor(p),
      { subject: "meg", topicId: src.topicId, body: "Hei" },
      at(0),
    );
    await runBackupSweep(t.db, at(3));
    const seen = await openThread(t.db, elsewhere.clinician, { threadId }, at(4));
    expect(seen.canAct).toBe(true);
  });

  it("two sweeps at once forward each due thread exactly once", async () => {
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push(await newThread(50));
    const a = t.newClient();
    const b = t.newClient();
    const results = await Promise.all([
      runBackupSweep(a, at(75), 5),
      runBackupSweep(b, at(75), 5),
      runBackupSweep(t.db, at(75), 5),
    ]);
    expect(results.reduce((n, r) => n + r.forwarded, 0)).toBe(12);
    const hops = await t.db.messageThreadHop.findMany({ where: { threadId: { in: ids } } });
    expect(hops.filter((h) => h.reason === "BACKUP")).toHaveLength(12);
    expect(new Set(hops.filter((h) => h.reason === "BACKUP").map((h) => h.threadId)).size).toBe(12);
  });
});
