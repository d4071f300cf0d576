import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { param, type SearchParams } from "@/app/_lib/params";
import { readForOrganisationAdmin } from "@/app/admin/_lib/organisation-page";
import { getMessageFormat } from "@/components/messages/format";
import { OPEN_WITHIN_MAX_HOURS, OPEN_WITHIN_MIN_HOURS } from "@/lib/messages/admin/open-within";
import { getMessagingConfig } from "@/lib/messages/admin/get-messaging-config";
import { changeMemberAction, saveInboxSettingsAction, saveRoutingRuleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messagingAdmin");
  return { title: t("metaTitle") };
}

const PROBLEMS = ["cycle", "range", "backup", "member"] as const;

/**
 * An organisation's messaging set-up: each inbox's members, backup and opening deadline, and the
 * routing rules per unit and topic, with the latest changes. Plain forms; never message content.
 */
export default async function MessagingAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ organisationId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const config = await readForOrganisationAdmin(params, getMessagingConfig);
  const sp = await searchParams;
  const failedInbox = param(sp, "innboks");
  const problemRaw = param(sp, "feil");
  const problem = PROBLEMS.find((p) => p === problemRaw) ?? null;
  const saved = param(sp, "lagret");
  const t = await getTranslations("messagingAdmin");
  const f = await getMessageFormat();
  const inboxName = new Map(config.inboxes.map((i) => [i.id, i.name]));
  const staffName = (c: { givenName: string; familyName: string }) =>
    `${c.givenName} ${c.familyName}`;

  return (
    <>
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
      <h1>{t("title", { organisation: config.name })}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <p className="text-muted">{t("noContent")}</p>

      <h2>{t("inboxesTitle")}</h2>
      <ul role="list" className="plain-list grid gap-3">
        {config.inboxes.map((inbox) => {
          const unit = config.units.find((u) => u.id === inbox.unitId);
          const failed = failedInbox === inbox.id && problem !== null;
          const memberIds = new Set(inbox.members.map((m) => m.clinician.id));
          const candidates = (unit?.memberships ?? [])
            .map((m) => m.clinician)
            .filter((c) => !memberIds.has(c.id));
          const errorId = `innboks-${inbox.id}-feil`;
          return (
            <li key={inbox.id} id={`innboks-${inbox.id}`} className="card" tabIndex={-1}>
              <h3 className="mt-0">{inbox.name}</h3>
              <p className="m-0 text-muted">
                {inbox.kind === "SHARED" ? t("shared") : t("personal")} · {unit?.name}
              </p>
              {saved === inbox.id ? (
                <p role="status" className="alert alert-success">
                  {t("saved")}
                </p>
              ) : null}
              {failed ? (
                <p id={errorId} role="alert" className="alert alert-error">
                  {t(`errors.${problem}`, {
                    min: OPEN_WITHIN_MIN_HOURS,
                    max: OPEN_WITHIN_MAX_HOURS,
                  })}
                </p>
              ) : null}
              <form action={saveInboxSettingsAction} className="flex flex-wrap items-end gap-4">
                <input type="hidden" name="organisationId" value={config.id} />
                <input type="hidden" name="inboxId" value={inbox.id} />
                <div className="field min-w-0">
                  <label htmlFor={`backup-${inbox.id}`} className="field-label">
                    {t("backupLabel")}
                  </label>
                  <select
                    id={`backup-${inbox.id}`}
                    name="backupInboxId"
                    className="select max-w-full"
                    defaultValue={
                      failed ? (param(sp, "backup") ?? "") : (inbox.backupInboxId ?? "")
                    }
                    aria-describedby={failed ? errorId : undefined}
                  >
                    <option value="">{t("noBackup")}</option>
                    {config.inboxes
                      .filter((other) => other.id !== inbox.id)
                      .map((other) => (
                        <option key={other.id} value={other.id}>
                          {other.name}
                        </option>
                      ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`timer-${inbox.id}`} className="field-label">
                    {t("deadlineLabel")}
                  </label>
                  <p id={`timer-${inbox.id}-hint`} className="field-hint m-0">
                    {t("deadlineHint", { min: OPEN_WITHIN_MIN_HOURS, max: OPEN_WITHIN_MAX_HOURS })}
                  </p>
                  <input
                    id={`timer-${inbox.id}`}
                    name="openWithinHours"
                    inputMode="numeric"
                    className="input w-24"
                    defaultValue={
                      failed ? (param(sp, "timer") ?? "") : String(inbox.openWithinHours)
                    }
                    aria-describedby={
                      failed ? `timer-${inbox.id}-hint ${errorId}` : `timer-${inbox.id}-hint`
                    }
                  />
                </div>
                <button type="submit" className="btn">
                  {t("save", { inbox: inbox.name })}
                </button>
              </form>
              <h4>{t("membersTitle")}</h4>
              <ul>
                {inbox.members.map((m) => (
                  <li key={m.clinician.id} className="flex flex-wrap items-center gap-2">
                    {staffName(m.clinician)}
                    <form action={changeMemberAction}>
                      <input type="hidden" name="organisationId" value={config.id} />
                      <input type="hidden" name="inboxId" value={inbox.id} />
                      <input type="hidden" name="clinicianId" value={m.clinician.id} />
                      <input type="hidden" name="add" value="0" />
                      <button type="submit" className="btn btn-small">
                        {t("remove", { name: staffName(m.clinician) })}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
              {candidates.length > 0 ? (
                <form action={changeMemberAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="organisationId" value={config.id} />
                  <input type="hidden" name="inboxId" value={inbox.id} />
                  <input type="hidden" name="add" value="1" />
                  <div className="field min-w-0">
                    <label htmlFor={`nytt-medlem-${inbox.id}`} className="field-label">
                      {t("addLabel")}
                    </label>
                    <select
                      id={`nytt-medlem-${inbox.id}`}
                      name="clinicianId"
                      className="select max-w-full"
                      defaultValue=""
                    >
                      <option value="">{t("choose")}</option>
                      {candidates.map((c) => (
                        <option key={c.id} value={c.id}>
                          {staffName(c)}, {c.profession}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className="btn">
                    {t("add")}
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>

      <h2>{t("routingTitle")}</h2>
      {config.units.map((unit) => (
        <section key={unit.id} aria-labelledby={`enhet-${unit.id}`}>
          <h3 id={`enhet-${unit.id}`}>{unit.name}</h3>
          {unit.routingRules.length === 0 ? (
            <p>{t("noTopics")}</p>
          ) : (
            <ul role="list" className="plain-list grid gap-2">
              {unit.routingRules.map((rule) => (
                <li key={rule.id} id={`regel-${rule.id}`}>
                  <form action={saveRoutingRuleAction} className="flex flex-wrap items-end gap-4">
                    <input type="hidden" name="organisationId" value={config.id} />
                    <input type="hidden" name="ruleId" value={rule.id} />
                    <div className="field min-w-0">
                      <label htmlFor={`regel-innboks-${rule.id}`} className="field-label">
                        {t("ruleLabel", { topic: rule.topic.label })}
                      </label>
                      <select
                        id={`regel-innboks-${rule.id}`}
                        name="inboxId"
                        className="select max-w-full"
                        defaultValue={rule.inboxId}
                      >
                        {config.inboxes
                          .filter((i) => i.unitId === unit.id)
                          .map((i) => (
                            <option key={i.id} value={i.id}>
                              {i.name}
                            </option>
                          ))}
                      </select>
                    </div>
                    <div className="choice">
                      <input
                        type="checkbox"
                        id={`ansvarlig-${rule.id}`}
                        name="preferResponsible"
                        defaultChecked={rule.preferResponsible}
                      />
                      <label htmlFor={`ansvarlig-${rule.id}`}>{t("preferResponsible")}</label>
                    </div>
                    <button type="submit" className="btn">
                      {t("saveRule", { topic: rule.topic.label })}
                    </button>
                    {saved === rule.id ? (
                      <p role="status" className="m-0">
                        {t("saved")}
                      </p>
                    ) : null}
                  </form>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}

      <h2>{t("changesTitle")}</h2>
      {config.messagingChanges.length === 0 ? (
        <p>{t("noChanges")}</p>
      ) : (
        <ul>
          {config.messagingChanges.map((c) => {
            const detail = c.detail as { inboxId?: string };
            return (
              <li key={c.id}>
                {t("change", {
                  when: f.dateTime(c.at),
                  who: staffName(c.clinician),
                  what: t(`actions.${c.action}`),
                  inbox: inboxName.get(detail.inboxId ?? "") ?? "",
                })}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
