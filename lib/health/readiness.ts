import type { Db } from "@/lib/db/client";

export const READINESS_TIMEOUT_MS = 2_000;

/**
 * Readiness for load balancers: the app answers and its database answers a trivial query within
 * the timeout. Returns only ok/unavailable; the reason is logged on the server, never sent.
 */
export async function checkReadiness(
  db: Pick<Db, "$queryRaw">,
  timeoutMs = READINESS_TIMEOUT_MS,
): Promise<{ ok: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const ping = db.$queryRaw`SELECT 1`;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`database did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    await Promise.race([ping, timeout]);
    return { ok: true };
  } catch (error) {
    console.error("readiness check failed", error instanceof Error ? error.message : error);
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}
