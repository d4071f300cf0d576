import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DATA_CATEGORIES } from "@/lib/access/categories";
import { ACCESS_LOG_WHO } from "@/lib/access-log/read-access-log";
import { CATEGORY_PARAM, WHO_PARAM, type AccessLogQuery } from "./access-log-query";

type Props = { basePath: string; form: AccessLogQuery["form"] };

/** A GET form: filters live in the URL, so they work without JavaScript and can be bookmarked. */
export async function AccessLogFilters({ basePath, form }: Props) {
  const t = await getTranslations("access-log");
  const filtered = Object.values(form).some(Boolean);
  return (
    <form
      method="get"
      action={basePath}
      role="search"
      aria-labelledby="innsynslogg-filter"
      className="card bg-surface"
    >
      <h2 id="innsynslogg-filter" className="mt-0">
        {t("filters.title")}
      </h2>
      <div className="flex flex-wrap gap-x-6">
        <div className="field">
          <label htmlFor="logg-fra" className="field-label">
            {t("filters.from")}
          </label>
          <input
            type="date"
            id="logg-fra"
            name="fra"
            className="input"
            defaultValue={form.fra}
            aria-describedby="logg-dato-hint"
          />
        </div>
        <div className="field">
          <label htmlFor="logg-til" className="field-label">
            {t("filters.to")}
          </label>
          <input
            type="date"
            id="logg-til"
            name="til"
            className="input"
            defaultValue={form.til}
            aria-describedby="logg-dato-hint"
          />
        </div>
      </div>
      <p id="logg-dato-hint" className="field-hint -mt-2">
        {t("filters.dateHint")}
      </p>
      <div className="flex flex-wrap gap-x-6">
        <div className="field">
          <label htmlFor="logg-hvem" className="field-label">
            {t("filters.who")}
          </label>
          <select id="logg-hvem" name="hvem" className="select" defaultValue={form.hvem}>
            <option value="">{t("filters.whoOptions.all")}</option>
            {ACCESS_LOG_WHO.map((who) => (
              <option key={who} value={WHO_PARAM[who]}>
                {t(`filters.whoOptions.${who}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="logg-kategori" className="field-label">
            {t("filters.category")}
          </label>
          <select
            id="logg-kategori"
            name="kategori"
            className="select"
            defaultValue={form.kategori}
          >
            <option value="">{t("filters.categoryAll")}</option>
            {DATA_CATEGORIES.map((c) => (
              <option key={c} value={CATEGORY_PARAM[c]}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn btn-primary">
          {t("filters.submit")}
        </button>
        {filtered ? <Link href={basePath}>{t("filters.reset")}</Link> : null}
      </div>
    </form>
  );
}
