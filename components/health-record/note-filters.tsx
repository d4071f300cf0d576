import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/form/field";
import { ClinicalNoteKind } from "@/lib/generated/prisma/enums";

type Props = {
  action: string;
  units: readonly { id: string; name: string }[];
  filter: { unitId: string | null; kind: ClinicalNoteKind | null };
};

/** A GET form: the filters live in the URL, so they work without JavaScript and can be bookmarked. */
export async function NoteFilters({ action, units, filter }: Props) {
  const t = await getTranslations("healthRecord.notes");
  const tNote = await getTranslations("record.note");
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="notater-filter"
      className="card bg-surface"
    >
      <h2 id="notater-filter" className="mt-0">
        {t("filters")}
      </h2>
      <div className="flex flex-wrap gap-x-6">
        <Field id="notater-enhet" label={t("unit")} className="field">
          {(control) => (
            <select {...control} name="enhet" className="select" defaultValue={filter.unitId ?? ""}>
              <option value="">{t("unitAll")}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="notater-type" label={t("kind")} className="field">
          {(control) => (
            <select {...control} name="type" className="select" defaultValue={filter.kind ?? ""}>
              <option value="">{t("kindAll")}</option>
              {Object.values(ClinicalNoteKind).map((k) => (
                <option key={k} value={k}>
                  {tNote(`kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn btn-primary">
          {t("submit")}
        </button>
        {filter.unitId || filter.kind ? <Link href={action}>{t("reset")}</Link> : null}
      </div>
    </form>
  );
}
