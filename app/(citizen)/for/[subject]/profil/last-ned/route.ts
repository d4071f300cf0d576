import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { exportMyData } from "@/lib/record/export/export-my-data";
import { osloDateKey } from "@/lib/time/oslo";

/** "Last ned mine data": the person's own record as a FHIR R4 Bundle, saved as a file. */
export async function GET(request: Request, { params }: { params: Promise<{ subject: string }> }) {
  const { subject } = await params;
  // Someone else's id, a proxy or a parent: the same "not found" as an unknown id.
  const notFound = () =>
    new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  let bundle;
  try {
    // The configured public address (behind a load balancer the request's own may be internal).
    const origin = new URL(process.env.AUTH_URL || request.url).origin;
    bundle = await exportMyData(getDb(), actor, subject, { now, origin });
  } catch (error) {
    if (isNotFound(error)) return notFound();
    throw error;
  }
  const t = await getTranslations("profile");
  return new Response(JSON.stringify(bundle, null, 2), {
    headers: {
      "Content-Type": "application/fhir+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("exportName")}-${osloDateKey(now)}.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
