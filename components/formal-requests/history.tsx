import { getTranslations } from "next-intl/server";
import type { FormalRequestFormat } from "./format";

type Event = {
  kind: "FILED" | "STARTED" | "ANSWERED" | "REFUSED";
  at: Date;
  actorPerson: { givenName: string; familyName: string } | null;
  actorClinician: { givenName: string; familyName: string; profession: string } | null;
};

/** "Hva som har skjedd": every step of a request, who and when, oldest first. */
export async function FormalRequestHistory({
  events,
  format,
}: {
  events: readonly Event[];
  format: FormalRequestFormat;
}) {
  const t = await getTranslations("formalRequests.detail");
  return (
    <>
      <h2>{t("historyTitle")}</h2>
      <ol className="grid gap-1">
        {events.map((e, i) => {
          const who = e.actorClinician ?? e.actorPerson;
          const name = who ? `${who.givenName} ${who.familyName}` : "–";
          return (
            <li key={`${e.kind}-${i}`}>
              <span className="font-semibold">{format.moment(e.at)}</span>
              {`: ${t(`event.${e.kind}`, { name })}`}
            </li>
          );
        })}
      </ol>
    </>
  );
}
