import { getDb } from "@/lib/db/client";
import { checkReadiness } from "@/lib/health/readiness";

// Never cached: every call asks the database.
export const dynamic = "force-dynamic";

/** GET /api/helse: 200 when the app and its database answer, else 503. No details either way. */
export async function GET(): Promise<Response> {
  let ok = false;
  try {
    ok = (await checkReadiness(getDb())).ok;
  } catch {
    ok = false;
  }
  return Response.json(
    { status: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
