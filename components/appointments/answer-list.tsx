import { useTranslations } from "next-intl";
import type { FormItem } from "@/lib/appointments/questionnaire-form";

/** Questionnaire answers, read-only: Ja/Nei, the chosen option's text, or what was written. */
export function AnswerList({
  items,
  noAnswer,
}: {
  items: readonly (FormItem & { answer: string | null })[];
  noAnswer: string;
}) {
  const t = useTranslations("appointments.form");
  const show = (item: FormItem & { answer: string | null }) => {
    if (item.answer === null || item.answer === "") return noAnswer;
    if (item.type === "boolean") return item.answer === "true" ? t("yes") : t("no");
    if (item.type === "choice")
      return item.options.find((o) => o.code === item.answer)?.display ?? item.answer;
    return item.answer;
  };
  return (
    <dl>
      {items.map((item) => (
        <div key={item.linkId} className="mb-3">
          <dt className="font-semibold">{item.text}</dt>
          <dd className="m-0 whitespace-pre-line">{show(item)}</dd>
        </div>
      ))}
    </dl>
  );
}
