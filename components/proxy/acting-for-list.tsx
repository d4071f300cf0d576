import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DATA_CATEGORIES } from "@/lib/access/categories";
import type { ActingForOption } from "@/lib/access/acting-for";
import { actingForHref } from "./acting-for-href";

type Props = { options: readonly ActingForOption[]; currentPersonId: string | null };

/** The full "Velg person" list: who, why (proxy level or parent) and what the user may see. */
export async function ActingForList({ options, currentPersonId }: Props) {
  const t = await getTranslations("proxy");
  const format = await getFormatter();
  const sees = (o: ActingForOption) => {
    const shown = o.categories.filter((c) => c !== "ACCESS_LOG" && c !== "PROFILE");
    return DATA_CATEGORIES.every((c) => o.categories.includes(c))
      ? t("chooser.canAll")
      : t("chooser.can", {
          categories: format.list(
            shown.map((c) => t(`categories.${c}`)),
            { type: "conjunction" },
          ),
        });
  };

  return (
    <ul className="plain-list grid gap-4">
      {options.map((o) => {
        const isCurrent = o.personId === currentPersonId;
        const self = o.basis === "SELF";
        return (
          <li key={o.personId} className="card">
            <h2 className="mt-0 text-xl">
              {self ? t("chooser.selfName", { name: o.name }) : o.name}
              {isCurrent ? <span className="font-normal"> {t("chooser.current")}</span> : null}
            </h2>
            <p className="mb-1">
              {o.basis === "PROXY_GRANT" && o.level
                ? t("chooser.basis.PROXY_GRANT", { level: t(`levels.${o.level}`).toLowerCase() })
                : t(`chooser.basis.${o.basis}`)}
            </p>
            {self ? null : <p className="mb-2">{sees(o)}</p>}
            <Link
              href={actingForHref(o)}
              className="btn btn-small"
              aria-current={isCurrent ? "true" : undefined}
            >
              {self ? t("chooser.openSelf") : t("chooser.open", { name: o.name })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
