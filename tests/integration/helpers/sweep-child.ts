// A sweep in its own process, for the crash test: small batches with a pause after each, so the
// parent can SIGKILL it between (or during) batches. Prints "batch" after each committed batch.
import { createPrismaClient } from "@/lib/db/client";
import { runBackupSweep } from "@/lib/messages/backup-sweep";

const [url, nowIso, batch] = process.argv.slice(2);
const db = createPrismaClient(url!, 1);
await runBackupSweep(db, new Date(nowIso!), Number(batch), async () => {
  process.stdout.write("batch\n");
  await new Promise((resolve) => setTimeout(resolve, 400));
});
process.stdout.write("done\n");
await db.$disconnect();
