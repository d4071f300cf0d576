import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runBackupSweep } from "@/lib/messages/backup-sweep";
import { startThread } from "@/lib/messages/start-thread";
import { useTestDatabase } from "./harness";
import { createCareRelation, createPerson } from "./factories";
import { citizenActor, createInbox, createMessagingUnit } from "./message-factories";

const t = useTestDatabase();
const HOUR = 3_600_000;

describe("backup sweep killed mid-way", () => {
  it("SIGKILL after some batches, then a restart: every due thread forwarded exactly once", async () => {
    const T0 = new Date(Date.now() - 48 * HOUR);
    const unit = await createMessagingUnit(t.db, { openWithinHours: 1 });
    const backup = await createInbox(t.db, unit);
    await t.db.inbox.update({
      where: { id: unit.sharedInboxId },
      data: { backupInboxId: backup.id },
    });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const p = await createPerson(t.db);
      await createCareRelation(t.db, {
        personId: p.id,
        unitId: unit.unitId,
        kind: "GP_LIST",
        validFrom: new Date(T0.getTime() - HOUR),
      });
      ids.push(
        (
          await startThread(
            t.db,
            citizenActor(p),
            { subject: "meg", topicId: unit.topicId, body: "Hei" },
            T0,
          )
        ).threadId,
      );
    }
    const now = new Date(T0.getTime() + 2 * HOUR);

    // node itself (not the tsx CLI, which would leave its own child running when killed).
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "tests/integration/helpers/sweep-child.ts",
        t.connectionString,
        now.toISOString(),
        "3",
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        // Killed after the first committed batch, while it waits to start the next.
        if (output.includes("batch")) resolve();
      });
      child.on("exit", () => reject(new Error(`sweep child exited early: ${output}`)));
    });
    child.kill("SIGKILL");
    await exited;

    const backupHops = () =>
      t.db.messageThreadHop.findMany({ where: { threadId: { in: ids }, reason: "BACKUP" } });
    const afterCrash = (await backupHops()).length;
    expect(afterCrash).toBeGreaterThanOrEqual(3);
    expect(afterCrash).toBeLessThan(12);

    await runBackupSweep(t.db, now, 3);
    await runBackupSweep(t.db, now, 3);
    const hops = await backupHops();
    expect(hops).toHaveLength(12);
    expect(new Set(hops.map((h) => h.threadId)).size).toBe(12);
    const threads = await t.db.messageThread.findMany({ where: { id: { in: ids } } });
    expect(threads.every((th) => th.inboxId === backup.id && th.hop === 1)).toBe(true);
  }, 60_000);
});
