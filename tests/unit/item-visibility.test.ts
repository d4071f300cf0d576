// The one item rule (lib/access/item-visibility.ts) as a table: who sees an item, and what of it.
import { describe, expect, it } from "vitest";
import {
  itemVisibility,
  type ItemFacts,
  type ItemRule,
  type ItemView,
} from "@/lib/access/item-visibility";

const NOW = new Date("2026-06-15T10:00:00Z");
const YOUTH = "youth";
const PARENT = "parent";

const view = (extra: Partial<ItemView>): ItemView => ({
  actorKind: "CITIZEN",
  basis: "SELF",
  subjectId: YOUTH,
  subjectAge: 14,
  scope: null,
  now: NOW,
  ...extra,
});
const item = (extra: Partial<ItemFacts> = {}): ItemFacts => ({
  unitId: "u-gp",
  organisationId: "o-gp",
  unitKind: "GP_PRACTICE",
  createdByPersonId: PARENT,
  hiddenFromGuardians: false,
  ...extra,
});
const DETAILS = ["reason", "answers"] as const;

type Row = { name: string; view: ItemView; item: ItemFacts; shows: false | readonly string[] };

const parent14 = view({ basis: "PARENTAL", subjectAge: 14 });
const parent10 = view({ basis: "PARENTAL", subjectAge: 10 });
const rows: Row[] = [
  {
    name: "the young person sees all of their own",
    view: view({}),
    item: item({ createdByPersonId: YOUTH, unitKind: "HEALTH_STATION" }),
    shows: [],
  },
  {
    name: "a parent of a 14-year-old: time and place only",
    view: parent14,
    item: item(),
    shows: ["reason", "answers"],
  },
  {
    name: "a parent of a 15-year-old, the day before 16: still limited",
    view: view({ basis: "PARENTAL", subjectAge: 15 }),
    item: item(),
    shows: ["reason", "answers"],
  },
  { name: "a parent of a 10-year-old sees the details", view: parent10, item: item(), shows: [] },
  {
    name: "hidden from guardians: not for a parent of a 10-year-old",
    view: parent10,
    item: item({ hiddenFromGuardians: true }),
    shows: false,
  },
  {
    name: "hidden from guardians: still the young person's own",
    view: view({}),
    item: item({ hiddenFromGuardians: true }),
    shows: [],
  },
  {
    name: "booked himself at the health station: not for the parent",
    view: parent14,
    item: item({ createdByPersonId: YOUTH, unitKind: "HEALTH_STATION" }),
    shows: false,
  },
  {
    name: "booked himself at mental health: not for the parent",
    view: parent14,
    item: item({ createdByPersonId: YOUTH, unitKind: "MENTAL_HEALTH" }),
    shows: false,
  },
  {
    name: "booked himself at substance abuse: not for the parent",
    view: parent14,
    item: item({ createdByPersonId: YOUTH, unitKind: "SUBSTANCE_ABUSE" }),
    shows: false,
  },
  {
    name: "booked himself at the GP: the parent sees time and place",
    view: parent14,
    item: item({ createdByPersonId: YOUTH }),
    shows: ["reason", "answers"],
  },
  {
    name: "the parent booked the health station: time and place",
    view: parent14,
    item: item({ unitKind: "HEALTH_STATION" }),
    shows: ["reason", "answers"],
  },
  {
    name: "a proxy is not a guardian",
    view: view({ basis: "PROXY_GRANT", subjectAge: 80 }),
    item: item({ hiddenFromGuardians: true }),
    shows: [],
  },
  {
    name: "not released yet: not for the patient",
    view: view({}),
    item: item({ releasedFrom: null }),
    shows: false,
  },
  {
    name: "released later: not yet",
    view: view({}),
    item: item({ releasedFrom: new Date("2026-07-01") }),
    shows: false,
  },
  {
    name: "released: shown",
    view: view({}),
    item: item({ releasedFrom: new Date("2026-06-01") }),
    shows: [],
  },
  {
    name: "clinician in scope sees an unreleased note",
    view: view({
      actorKind: "CLINICIAN",
      basis: "CARE_RELATION",
      scope: { unitIds: ["u-gp"], organisationIds: [] },
    }),
    item: item({ releasedFrom: null }),
    shows: [],
  },
  {
    name: "clinician: another unit's item is out of scope",
    view: view({
      actorKind: "CLINICIAN",
      basis: "CARE_RELATION",
      scope: { unitIds: ["u-physio"], organisationIds: [] },
    }),
    item: item(),
    shows: false,
  },
  {
    name: "clinician: the organisation's item is in scope",
    view: view({
      actorKind: "CLINICIAN",
      basis: "CARE_RELATION",
      scope: { unitIds: [], organisationIds: ["o-gp"] },
    }),
    item: item(),
    shows: [],
  },
  {
    name: "clinician: an item without a unit is out of a limited scope",
    view: view({
      actorKind: "CLINICIAN",
      basis: "CARE_RELATION",
      scope: { unitIds: ["u-gp"], organisationIds: [] },
    }),
    item: item({ unitId: null, organisationId: null }),
    shows: false,
  },
  {
    name: "clinician in an emergency sees every unit's",
    view: view({ actorKind: "CLINICIAN", basis: "EMERGENCY", scope: null }),
    item: item({ unitId: "u-other" }),
    shows: [],
  },
  {
    name: "an organisation admin sees nothing",
    view: view({ actorKind: "ORG_ADMIN", basis: "CARE_RELATION" }),
    item: item(),
    shows: false,
  },
];

describe("itemVisibility", () => {
  it.each(rows)("$name", (row) => {
    const v = itemVisibility(row.view, row.item, { details: DETAILS });
    if (row.shows === false) expect(v.visible).toBe(false);
    else {
      expect(v.visible).toBe(true);
      expect(v.visible && [...v.redacted].sort()).toEqual([...row.shows].sort());
    }
  });

  it("a domain's own rule can hide an item or redact more, never show what the common rule hides", () => {
    const notUntilReleased: ItemRule<"value"> = (_v, i) =>
      i.unitKind === "HOSPITAL_DEPARTMENT" ? { visible: false } : null;
    const flagOnly: ItemRule<"value"> = () => ({ visible: true, redacted: new Set(["value"]) });
    const spec = { details: ["value"] as const, rules: [notUntilReleased, flagOnly] };
    expect(itemVisibility(view({}), item({ unitKind: "HOSPITAL_DEPARTMENT" }), spec).visible).toBe(
      false,
    );
    const shown = itemVisibility(view({}), item(), spec);
    expect(shown.visible && [...shown.redacted]).toEqual(["value"]);
    const showAll: ItemRule<"value"> = () => ({ visible: true, redacted: new Set() });
    expect(
      itemVisibility(parent14, item({ hiddenFromGuardians: true }), {
        details: ["value"] as const,
        rules: [showAll],
      }).visible,
    ).toBe(false);
  });
});
