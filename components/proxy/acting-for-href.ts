import { SELF_SUBJECT } from "@/lib/access/actor";
import type { ActingForOption } from "@/lib/access/acting-for";

/** Where choosing a person leads: their Forside. The person is in the path, so tabs never mix. */
export function actingForHref(option: Pick<ActingForOption, "basis" | "personId">): string {
  return option.basis === "SELF" ? `/for/${SELF_SUBJECT}` : `/for/${option.personId}`;
}
