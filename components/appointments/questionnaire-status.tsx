import { useTranslations } from "next-intl";

const KNOWN = new Set(["NOT_STARTED", "DRAFT", "SUBMITTED"]);

/** The status in words (never colour alone); nothing when the unit has no form ("none"). */
export function QuestionnaireStatus({ status }: { status: string }) {
  const t = useTranslations("appointments.questionnaireStatus");
  if (!KNOWN.has(status)) return null;
  return <span>{t(status as "NOT_STARTED" | "DRAFT" | "SUBMITTED")}</span>;
}
