import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MedicationList } from "@/lib/record/medications/list-medications";
import type { MedicationView } from "@/lib/record/medications/medication-view";
import type { MedicationFormat } from "./format";
import { prescriptionText } from "./medication-card";
import { renewalPaths } from "@/app/_lib/paths";
import { ColumnHeads, TableFrame } from "@/components/table/table-frame";

/** The medication list in the clinician's patient chart: a table each for current and earlier ones. */
export async function ChartMedications({ list, f }: { list: MedicationList; f: MedicationFormat }) {
  const t = await getTranslations("medications");
  return (
    <>
      <h2 id="pasientens-legemidler">{t("chart.title")}</h2>
      {list.current.length === 0 && list.earlier.length === 0 ? (
        <p>{t("chart.none")}</p>
      ) : (
        <>
          <MedicationTable
            id="legemidler-i-bruk"
            title={t("chart.current")}
            rows={list.current}
            f={f}
            current
          />
          <MedicationTable
            id="legemidler-tidligere"
            title={t("chart.earlier")}
            rows={list.earlier}
            f={f}
            current={false}
          />
        </>
      )}
    </>
  );
}

async function MedicationTable({
  id,
  title,
  rows,
  f,
  current,
}: {
  id: string;
  title: string;
  rows: readonly MedicationView[];
  f: MedicationFormat;
  current: boolean;
}) {
  const t = await getTranslations("medications");
  if (rows.length === 0) return null;
  return (
    <>
      <h3 id={id}>{title}</h3>
      <TableFrame labelledBy={id}>
        <ColumnHeads
          columns={[
            t("clinician.medication"),
            t("fields.dosage"),
            t("fields.reason"),
            t("fields.prescriber"),
            current ? t("fields.prescription") : t("fields.period"),
          ]}
        />
        <tbody>
          {await Promise.all(
            rows.map(async (m) => (
              <tr key={m.id} className="border-b border-line-subtle align-top">
                <th scope="row" className="p-2 font-normal">
                  <span className="font-semibold">{`${m.name} ${m.strength}`}</span>
                  <span className="block text-muted">{`${m.form}, ${m.atcCode}`}</span>
                  {m.hiddenFromGuardians ? (
                    <span className="block">{t("hiddenFromGuardians")}</span>
                  ) : null}
                </th>
                <td className="p-2">
                  {m.instruction ? `${m.dosage}. ${m.instruction}` : m.dosage}
                </td>
                <td className="p-2">{m.reason ?? "–"}</td>
                <td className="p-2">
                  {m.prescriberName
                    ? t("value.prescriber", { name: m.prescriberName, unit: m.unitName })
                    : m.unitName}
                </td>
                <td className="p-2">
                  {current
                    ? await prescriptionText(m, f)
                    : m.endDate
                      ? t("value.period", { start: f.day(m.startDate), end: f.day(m.endDate) })
                      : f.day(m.startDate)}
                  {m.latestRenewal?.status === "REQUESTED" ? (
                    <span className="block">
                      <Link href={renewalPaths.request(m.latestRenewal.id)}>
                        {t("meta.request")}
                      </Link>
                    </span>
                  ) : null}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </TableFrame>
    </>
  );
}
