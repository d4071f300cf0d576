"use server";

import { redirect } from "next/navigation";
import { refuse } from "@/app/_lib/form-action";
import { z } from "zod";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { changeInboxMember } from "@/lib/messages/admin/change-inbox-member";
import {
  InboxSettingsError,
  updateInboxSettings,
} from "@/lib/messages/admin/update-inbox-settings";
import { updateRoutingRule } from "@/lib/messages/admin/update-routing-rule";

const page = (organisationId: string, query: Record<string, string>) =>
  `/admin/meldinger/${organisationId}?${new URLSearchParams(query).toString()}`;

function orNotFound(error: unknown): never {
  if (isNotFound(error)) refuse();
  throw error;
}

/** Backup and opening deadline of one inbox. A refusal comes back with what was typed. */
export async function saveInboxSettingsAction(formData: FormData): Promise<void> {
  const ids = z.object({ organisationId: z.uuid(), inboxId: z.uuid() }).safeParse({
    organisationId: formText(formData, "organisationId"),
    inboxId: formText(formData, "inboxId"),
  });
  if (!ids.success) refuse();
  const { organisationId, inboxId } = ids.data;
  const backupRaw = formText(formData, "backupInboxId");
  const hoursRaw = formText(formData, "openWithinHours").trim();
  const back = (problem: string) =>
    redirect(
      `${page(organisationId, { innboks: inboxId, feil: problem, backup: backupRaw, timer: hoursRaw.slice(0, 8) })}#innboks-${inboxId}`,
    );
  const backup =
    backupRaw === "" ? null : z.uuid().safeParse(backupRaw).success ? backupRaw : undefined;
  const hours = /^\d{1,4}$/.test(hoursRaw) ? Number(hoursRaw) : NaN;
  if (backup === undefined) back("backup");
  if (Number.isNaN(hours)) back("range");
  try {
    await updateInboxSettings(getDb(), await requireActor("ORG_ADMIN"), {
      organisationId,
      inboxId,
      backupInboxId: backup ?? null,
      openWithinHours: hours,
    });
  } catch (error) {
    if (error instanceof InboxSettingsError) back(error.problem);
    orNotFound(error);
  }
  redirect(`${page(organisationId, { lagret: inboxId })}#innboks-${inboxId}`);
}

export async function changeMemberAction(formData: FormData): Promise<void> {
  const parsed = z
    .object({
      organisationId: z.uuid(),
      inboxId: z.uuid(),
      clinicianId: z.uuid(),
      add: z.enum(["1", "0"]),
    })
    .safeParse({
      organisationId: formText(formData, "organisationId"),
      inboxId: formText(formData, "inboxId"),
      clinicianId: formText(formData, "clinicianId"),
      add: formText(formData, "add"),
    });
  if (!parsed.success) {
    const organisationId = formText(formData, "organisationId");
    const inboxId = formText(formData, "inboxId");
    if (z.uuid().safeParse(organisationId).success && z.uuid().safeParse(inboxId).success)
      redirect(`${page(organisationId, { innboks: inboxId, feil: "member" })}#innboks-${inboxId}`);
    refuse();
  }
  const { organisationId, inboxId, clinicianId, add } = parsed.data;
  try {
    await changeInboxMember(getDb(), await requireActor("ORG_ADMIN"), {
      organisationId,
      inboxId,
      clinicianId,
      add: add === "1",
    });
  } catch (error) {
    orNotFound(error);
  }
  redirect(`${page(organisationId, { lagret: inboxId })}#innboks-${inboxId}`);
}

export async function saveRoutingRuleAction(formData: FormData): Promise<void> {
  const parsed = z
    .object({ organisationId: z.uuid(), ruleId: z.uuid(), inboxId: z.uuid() })
    .safeParse({
      organisationId: formText(formData, "organisationId"),
      ruleId: formText(formData, "ruleId"),
      inboxId: formText(formData, "inboxId"),
    });
  if (!parsed.success) refuse();
  const { organisationId, ruleId, inboxId } = parsed.data;
  try {
    await updateRoutingRule(getDb(), await requireActor("ORG_ADMIN"), {
      organisationId,
      ruleId,
      inboxId,
      preferResponsible: formText(formData, "preferResponsible") === "on",
    });
  } catch (error) {
    orNotFound(error);
  }
  redirect(`${page(organisationId, { lagret: ruleId })}#regel-${ruleId}`);
}
