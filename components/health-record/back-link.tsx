import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { healthRecordPaths } from "@/app/_lib/paths";

/** The way back to the overview, at the foot of every sub-page. */
export async function BackToHealthRecord({ subject }: { subject: string }) {
  const t = await getTranslations("healthRecord.common");
  return (
    <p className="mt-8">
      <Link href={healthRecordPaths(subject).overview()}>{t("back")}</Link>
    </p>
  );
}
