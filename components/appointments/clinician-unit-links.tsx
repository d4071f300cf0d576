import Link from "next/link";
import { useTranslations } from "next-intl";
import { clinicianPaths } from "@/app/_lib/paths";

/**
 * For the clinician's start page: each unit's appointment list and its schedule. The page that
 * renders it passes the clinician's units (this component reads nothing itself).
 */
export function ClinicianUnitLinks({ units }: { units: readonly { id: string; name: string }[] }) {
  const t = useTranslations("appointments.clinician");
  if (units.length === 0) return <p>{t("noUnits")}</p>;
  return (
    <ul>
      {units.map((u) => (
        <li key={u.id}>
          <Link href={clinicianPaths.dayList(u.id)}>{t("dayListLink", { unit: u.name })}</Link>
          {" · "}
          <Link href={clinicianPaths.slots(u.id)}>{t("slotsLink", { unit: u.name })}</Link>
        </li>
      ))}
    </ul>
  );
}
