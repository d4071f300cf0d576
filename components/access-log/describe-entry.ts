import type { AccessLogRow, ProxyGrantEvent } from "@/lib/access-log/read-access-log";
import { EXPORT_ITEM_TYPE } from "@/lib/record/export/item-type";

/** A translator for the "access-log" namespace (next-intl's t, or createTranslator's in tests). */
export type AccessLogT = (key: string, values?: Record<string, string>) => string;

export type EntryContext = {
  /** The viewer is the person the log is about: "timeavtalene dine", else "timeavtalene til Emma". */
  isSelf: boolean;
  subjectName: string;
};

/**
 * One log entry as a plain sentence: who (and in what role, where), did what, to which part of the
 * record, and for health personnel on what basis, e.g. "Lise Berg, lege, Fjordvik legesenter, så
 * timeavtalene dine (behandlingsrelasjon)". An emergency reason is never part of a row.
 */
export function describeEntry(t: AccessLogT, row: AccessLogRow, ctx: EntryContext): string {
  // A Finn pasient lookup read nothing of the record: it says who looked the person up, and where.
  if (row.lookup) {
    const actor = actorPhrase(t, row);
    return ctx.isSelf
      ? t("lookup.own", { actor })
      : t("lookup.of", { actor, name: ctx.subjectName });
  }
  if (row.proxyGrant) return describeGrantEvent(t, row, row.proxyGrant, ctx);
  if (row.itemType === "proxy_grants" && row.action === "READ") {
    const list = ctx.isSelf
      ? t("proxyGrant.listOwn")
      : t("proxyGrant.listOf", { name: ctx.subjectName });
    return t("row.sentence", { actor: actorPhrase(t, row), action: list });
  }
  const object = ctx.isSelf
    ? t(`objectOwn.${row.category}`)
    : t(`objectOf.${row.category}`, { name: ctx.subjectName });
  // "Last ned mine data" reads each category once: the log says it was a download, not a page view.
  const action =
    row.itemType === EXPORT_ITEM_TYPE
      ? t("verbExport", { object })
      : t(`verb.${row.action}`, { object });
  const sentence = t("row.sentence", { actor: actorPhrase(t, row), action });
  return row.actorKind === "clinician" ? `${sentence} (${t(`basis.${row.basis}`)})` : sentence;
}

function actorPhrase(t: AccessLogT, row: AccessLogRow): string {
  switch (row.actorKind) {
    case "you":
      return row.basis === "PROXY_GRANT" || row.basis === "PARENTAL"
        ? t("actor.youAs", { role: t(`asRole.${row.basis}`) })
        : t("actor.you");
    case "clinician":
      return row.actorPlace
        ? t("actor.clinician", {
            name: row.actorName,
            role: row.actorRole ?? "",
            place: row.actorPlace,
          })
        : t("actor.clinicianNoPlace", { name: row.actorName, role: row.actorRole ?? "" });
    case "system":
      return t("actor.system");
    default:
      return t(`actor.${row.actorKind}`, { name: row.actorName });
  }
}

/**
 * Giving, changing or ending a proxy grant, told from the side of the person whose log it is:
 * "Du ga Ingrid Hansen fullmakt" in Per's log, "Per Hansen ga deg fullmakt" in Ingrid's.
 */
function describeGrantEvent(
  t: AccessLogT,
  row: AccessLogRow,
  grant: ProxyGrantEvent,
  ctx: EntryContext,
): string {
  const viewer = ctx.isSelf ? grant.subjectIs : null;
  const who = (side: "grantor" | "grantee", position: "subject" | "object") => {
    if (side === viewer)
      return t(position === "subject" ? "proxyGrant.you" : "proxyGrant.youObject");
    return side === "grantor" ? grant.grantorName : grant.granteeName;
  };
  const key =
    row.action === "DELETE"
      ? grant.actorIs === "grantor"
        ? "endedByGrantor"
        : "endedByGrantee"
      : row.action === "CREATE"
        ? "given"
        : "changed";
  const byGrantee = key === "endedByGrantee";
  return t(`proxyGrant.${key}`, {
    grantor: who("grantor", byGrantee ? "object" : "subject"),
    grantee: who("grantee", byGrantee ? "subject" : "object"),
  });
}
