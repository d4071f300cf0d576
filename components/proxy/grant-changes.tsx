import { getFormatter, getTranslations } from "next-intl/server";
import type { GrantChanges } from "@/lib/proxy-grants/grant-rules";

/** What a change of a grant changes, one line a term, in words (no arrows for screen readers to spell). */
export async function GrantChangesList({ changes }: { changes: GrantChanges }) {
  const t = await getTranslations("proxy");
  const format = await getFormatter();
  const list = (categories: readonly string[]) =>
    format.list(
      categories.map((c) => t(`categories.${c}`)),
      { type: "conjunction" },
    );
  const day = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "long" }) : t("change.noUntil");
  const lines: string[] = [];
  if (changes.level) {
    lines.push(
      t("change.level", {
        from: t(`levels.${changes.level.from}`),
        to: t(`levels.${changes.level.to}`),
      }),
    );
  }
  if (changes.categories?.added.length)
    lines.push(t("change.added", { list: list(changes.categories.added) }));
  if (changes.categories?.removed.length)
    lines.push(t("change.removed", { list: list(changes.categories.removed) }));
  if (changes.validUntil) {
    lines.push(
      t("change.until", { from: day(changes.validUntil.from), to: day(changes.validUntil.to) }),
    );
  }
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
