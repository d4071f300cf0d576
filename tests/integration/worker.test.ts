import { beforeAll, describe, expect, it } from "vitest";
import { runBackupSweep } from "@/lib/messages/backup-sweep";
import { startThread } from "@/lib/messages/start-thread";
import { backoffMs, deliverNotifications } from "@/lib/notifications/deliver-notifications";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import type { NotificationTransport, OutgoingNotification } from "@/lib/notifications/transports";
import { QUEUES, startWorker } from "@/lib/worker/start-worker";
import { useTestDatabase } from "./harness";
import { createCareRelation, createPerson } from "./factories";
import { citizenActor, createInbox, createMessagingUnit } from "./message-factories";

const t = useTestDatabase();

/** A transport that records what it sent and fails the first `failures` sends. */
function recordingTransport(failures = 0, delayMs = 0) {
  const sent: OutgoingNotification[] = [];
  let left = failures;
  const transport: NotificationTransport = {
    name: "test",
    async send(message) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (left > 0) {
        left--;
        throw new Error("gateway down");
      }
      sent.push(message);
    },
  };
  return { transport, sent };
}

async function queued(changeKey: string, opts: { phone?: string | null } = {}) {
  const person = await createPerson(t.db, {
    email: `${changeKey}@example.invalid`,
    phone: opts.phone ?? null,
  });
  await t.db.$transaction((tx) =>
    enqueueNotification(tx, { personId: person.id, template: "message_received", changeKey }),
  );
  return person;
}

describe("notification delivery", () => {
  it("a failing transport is retried with backoff, then the notification is delivered exactly once", async () => {
    const person = await queued("retry-1");
    const { transport, sent } = recordingTransport(2);
    let clock = new Date();
    const now = () => clock;
    await deliverNotifications(t.db, transport, now);
    let row = await t.db.notification.findFirstOrThrow({ where: { personId: person.id } });
    expect([row.attempts, row.sentAt, row.lastError]).toEqual([1, null, "gateway down"]);
    expect(row.nextAttemptAt?.getTime()).toBe(clock.getTime() + backoffMs(1));

    // Not due yet: nothing happens.
    await deliverNotifications(t.db, transport, now);
    expect(
      (await t.db.notification.findFirstOrThrow({ where: { personId: person.id } })).attempts,
    ).toBe(1);

    clock = new Date(clock.getTime() + backoffMs(1));
    await deliverNotifications(t.db, transport, now); // fails again
    clock = new Date(clock.getTime() + backoffMs(2));
    await deliverNotifications(t.db, transport, now); // delivered
    clock = new Date(clock.getTime() + 3_600_000);
    await deliverNotifications(t.db, transport, now); // nothing left
    row = await t.db.notification.findFirstOrThrow({ where: { personId: person.id } });
    expect(row.attempts).toBe(3);
    expect(row.sentAt).not.toBeNull();
    expect(sent.filter((s) => s.id === row.id)).toHaveLength(1);
    expect(sent.find((s) => s.id === row.id)?.text).toBe(
      "Du har fått en ny melding i HelsaMi. Logg inn for å lese den.",
    );
  });

  it("two workers at once never send the same notification twice", async () => {
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await queued(`race-${i}`, { phone: `+470900010${i}` }));
    const { transport, sent } = recordingTransport(0, 20);
    const a = t.newClient();
    await Promise.all([
      deliverNotifications(a, transport),
      deliverNotifications(t.db, transport),
      deliverNotifications(t.newClient(), transport),
    ]);
    const ids = (
      await t.db.notification.findMany({ where: { personId: { in: people.map((p) => p.id) } } })
    ).map((n) => n.id);
    expect(ids).toHaveLength(12);
    expect(
      sent
        .filter((s) => ids.includes(s.id))
        .map((s) => s.id)
        .sort(),
    ).toEqual([...ids].sort());
  });
});

describe("pg-boss worker on this database", () => {
  let threadId: string;

  beforeAll(async () => {
    const unit = await createMessagingUnit(t.db, { openWithinHours: 1 });
    const backup = await createInbox(t.db, unit);
    await t.db.inbox.update({
      where: { id: unit.sharedInboxId },
      data: { backupInboxId: backup.id },
    });
    const p = await createPerson(t.db);
    await createCareRelation(t.db, {
      personId: p.id,
      unitId: unit.unitId,
      kind: "GP_LIST",
      validFrom: new Date(Date.now() - 10 * 3_600_000),
    });
    ({ threadId } = await startThread(
      t.db,
      citizenActor(p),
      { subject: "meg", topicId: unit.topicId, body: "Hei" },
      new Date(Date.now() - 2 * 3_600_000),
    ));
  });

  it("starts, runs the sweep and the delivery as jobs, and stops", async () => {
    const { transport, sent } = recordingTransport();
    await queued("boss-1");
    const worker = await startWorker({
      connectionString: t.connectionString,
      db: t.newClient(),
      transport,
      poolMax: 1,
      schedule: false,
    });
    try {
      await worker.boss.send(QUEUES.backupSweep, {});
      await worker.boss.send(QUEUES.deliverNotifications, {});
      await expect
        .poll(async () => await t.db.messageThreadHop.count({ where: { threadId } }), {
          timeout: 20_000,
        })
        .toBe(2);
      await expect.poll(() => sent.length, { timeout: 20_000 }).toBeGreaterThan(0);
    } finally {
      await worker.stop();
    }
    // A second sweep has nothing left to do for that thread.
    await runBackupSweep(t.db);
    expect(await t.db.messageThreadHop.count({ where: { threadId } })).toBe(2);
  }, 60_000);
});
