import { useTranslations } from "next-intl";
import type { DeadlineInfo } from "./form-state";
import { displayPhoneNumber } from "./phone";

/** Why the time cannot be changed online, and how to reach the unit instead. */
export function DeadlineNotice({
  info,
  className = "alert alert-warning",
}: {
  info: DeadlineInfo;
  className?: string;
}) {
  const t = useTranslations("appointments");
  return (
    <div className={className}>
      <p>{t(`deadline.${info.why}`, { hours: info.hours })}</p>
      <p>
        {info.phone
          ? t.rich("detail.callUnit", {
              unit: info.unitName,
              phone: displayPhoneNumber(info.phone),
              link: (chunks) => <a href={`tel:${info.phone}`}>{chunks}</a>,
            })
          : t("detail.contactUnit", { unit: info.unitName })}
      </p>
    </div>
  );
}
