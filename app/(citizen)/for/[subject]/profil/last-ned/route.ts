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
    bundle = await exportMyData(getDb(), actor, subject, { now, origin: publicOrigin(request) });
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

/**
 * Where the browser reached the portal: the configured public URL, else the Host the browser sent
 * (Next's own request.url names the address the server listens on, which the browser may not use).
 */
function publicOrigin(request: Request): string {
  if (process.env.AUTH_URL) return new URL(process.env.AUTH_URL).origin;
  const host = request.headers.get("host");
  const url = new URL(request.url);
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return host ? `${proto ? `${proto}:` : url.protocol}//${host}` : url.origin;
}
