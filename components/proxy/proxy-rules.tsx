import { getTranslations } from "next-intl/server";

/** The proxy rules in plain words, beside the form and the lists. */
export async function ProxyRules({ headingId = "fullmakt-regler" }: { headingId?: string }) {
  const t = await getTranslations("proxy.rules");
  const rules = ["giver", "receiver", "protected", "ending", "notMore", "log"] as const;
  return (
    <section aria-labelledby={headingId} className="alert">
      <h2 id={headingId} className="mt-0">
        {t("title")}
      </h2>
      <ul>
        {rules.map((rule) => (
          <li key={rule}>{t(rule)}</li>
        ))}
      </ul>
    </section>
  );
}
