import { getTranslations } from "next-intl/server";
import type { UnitKind } from "@/lib/generated/prisma/enums";

/**
 * Says to a parent of a 12–15-year-old why they see when and where, and the kind of service, but
 * not what the appointment is about (the item rule in lib/access/item-visibility.ts decides that).
 */
export async function LimitedNote({ name, one = false }: { name: string; one?: boolean }) {
  const t = await getTranslations("appointments.limited");
  return (
    <div className="alert" role="note">
      <p>{t(one ? "limitedNoteOwn" : "limitedNote", { name })}</p>
    </div>
  );
}

/** "Type time: Konsultasjon", or for a limited view "Type tjeneste: Helsestasjon". */
export async function VisitTypeRow({
  visitType,
  unitKind,
}: {
  visitType: string | null;
  unitKind: UnitKind;
}) {
  const t = await getTranslations("appointments");
  return visitType !== null ? (
    <>
      <dt>{t("common.visitType")}</dt>
      <dd>{visitType}</dd>
    </>
  ) : (
    <>
      <dt>{t("limited.kindOfService")}</dt>
      <dd>{t(`unitKind.${unitKind}`)}</dd>
    </>
  );
}
