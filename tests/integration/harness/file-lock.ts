import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";

const STALE_AFTER_MS = 5 * 60_000;

function holderIsGone(lockPath: string): boolean {
  try {
    const pid = Number(readFileSync(lockPath, "utf8"));
    if (Date.now() - statSync(lockPath).mtimeMs > STALE_AFTER_MS) return true;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ENOENT: released meanwhile; ESRCH: the holder died without releasing.
    return (error as NodeJS.ErrnoException).code !== "EPERM";
  }
}

/**
 * Runs `fn` while holding `lockPath` (created exclusively, holding our pid). Test workers and
 * parallel runs start together; only one of them should build a template.
 */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (holderIsGone(lockPath)) rmSync(lockPath, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockPath, { force: true });
  }
}
