import { describe, expect, it } from "vitest";
import {
  resultViewer,
  resultVisibility,
  safetyNetAt,
  type ResultFacts,
  type ResultViewer,
} from "@/lib/access/result-visibility";
import type { LabReleaseCategory } from "@/lib/generated/prisma/enums";

// Final on Friday 13 March 2026 at 10:37 Oslo (UTC+1); 14 days later is 27 March 10:37 (still UTC+1).
const FINAL = new Date("2026-03-13T09:37:00Z");
const NET = new Date("2026-03-27T09:37:00Z");
const BEFORE = new Date(NET.getTime() - 60_000);

const result = (
  releaseCategory: LabReleaseCategory,
  over: Partial<ResultFacts> = {},
): ResultFacts => ({
  releaseCategory,
  status: "FINAL",
  finalAt: FINAL,
  releasedAt: null,
  hiddenFromGuardians: false,
  ...over,
});

type Row = [string, ResultViewer, ResultFacts, { now: Date; showAtOnce: boolean }, string];

const released = { releasedAt: new Date("2026-03-14T08:00:00Z") };
const rows: Row[] = [
  [
    "immediate, final: self sees it",
    "SELF",
    result("IMMEDIATE"),
    { now: FINAL, showAtOnce: false },
    "visible",
  ],
  [
    "immediate, final: a guardian sees it",
    "GUARDIAN",
    result("IMMEDIATE"),
    { now: FINAL, showAtOnce: false },
    "visible",
  ],
  [
    "immediate, preliminary: pending without a date",
    "SELF",
    result("IMMEDIATE", { status: "PRELIMINARY", finalAt: null }),
    { now: FINAL, showAtOnce: false },
    "pending:none",
  ],
  [
    "after review, a minute before day 14: pending until the net",
    "SELF",
    result("AFTER_REVIEW"),
    { now: BEFORE, showAtOnce: false },
    `pending:${NET.toISOString()}`,
  ],
  [
    "after review, at day 14 to the minute: visible",
    "SELF",
    result("AFTER_REVIEW"),
    { now: NET, showAtOnce: false },
    "visible",
  ],
  [
    "after review, released: visible",
    "SELF",
    result("AFTER_REVIEW", released),
    { now: new Date("2026-03-15T08:00:00Z"), showAtOnce: false },
    "visible",
  ],
  [
    "after review, released later than now: still pending",
    "SELF",
    result("AFTER_REVIEW", { releasedAt: NET }),
    { now: BEFORE, showAtOnce: false },
    `pending:${NET.toISOString()}`,
  ],
  [
    "after review, show at once: visible before day 14",
    "SELF",
    result("AFTER_REVIEW"),
    { now: FINAL, showAtOnce: true },
    "visible",
  ],
  [
    "after review, show at once: a proxy sees it too",
    "GUARDIAN",
    result("AFTER_REVIEW"),
    { now: FINAL, showAtOnce: true },
    "visible",
  ],
  [
    "after review, guardian before day 14: pending",
    "GUARDIAN",
    result("AFTER_REVIEW"),
    { now: BEFORE, showAtOnce: false },
    `pending:${NET.toISOString()}`,
  ],
  [
    "after conversation, day 14 passed: still pending, no date",
    "SELF",
    result("AFTER_CONVERSATION"),
    { now: new Date("2026-06-01T00:00:00Z"), showAtOnce: false },
    "pending:none",
  ],
  [
    "after conversation, show at once does not apply",
    "SELF",
    result("AFTER_CONVERSATION"),
    { now: FINAL, showAtOnce: true },
    "pending:none",
  ],
  [
    "after conversation, released: visible",
    "SELF",
    result("AFTER_CONVERSATION", released),
    { now: new Date("2026-03-15T08:00:00Z"), showAtOnce: false },
    "visible",
  ],
  [
    "hidden from guardians: self sees it",
    "SELF",
    result("IMMEDIATE", { hiddenFromGuardians: true }),
    { now: FINAL, showAtOnce: false },
    "visible",
  ],
  [
    "hidden from guardians: a guardian sees nothing, not even pending",
    "GUARDIAN",
    result("AFTER_REVIEW", { hiddenFromGuardians: true }),
    { now: FINAL, showAtOnce: false },
    "hidden",
  ],
  [
    "hidden from guardians, released: a guardian still sees nothing",
    "GUARDIAN",
    result("IMMEDIATE", { hiddenFromGuardians: true, ...released }),
    { now: NET, showAtOnce: true },
    "hidden",
  ],
  [
    "clinician: sees an unreleased after-conversation result",
    "CLINICIAN",
    result("AFTER_CONVERSATION", { hiddenFromGuardians: true }),
    { now: FINAL, showAtOnce: false },
    "visible",
  ],
  [
    "clinician: sees a preliminary result",
    "CLINICIAN",
    result("AFTER_REVIEW", { status: "PRELIMINARY", finalAt: null }),
    { now: FINAL, showAtOnce: false },
    "visible",
  ],
  [
    "corrected after final: counts from when it first became final",
    "SELF",
    result("AFTER_REVIEW", { status: "CORRECTED" }),
    { now: NET, showAtOnce: false },
    "visible",
  ],
];

function summary(v: ReturnType<typeof resultVisibility>): string {
  if (v.state === "pending") return `pending:${v.showsBy ? v.showsBy.toISOString() : "none"}`;
  return v.state;
}

describe("resultVisibility", () => {
  it.each(rows)("%s", (_name, viewer, facts, ctx, expected) => {
    expect(summary(resultVisibility(viewer, facts, ctx))).toBe(expected);
  });

  it("maps access bases to viewers: parents and proxies are guardians", () => {
    expect(resultViewer("SELF")).toBe("SELF");
    expect(resultViewer("PROXY_GRANT")).toBe("GUARDIAN");
    expect(resultViewer("PARENTAL")).toBe("GUARDIAN");
    expect(resultViewer("CARE_RELATION")).toBe("CLINICIAN");
    expect(resultViewer("EMERGENCY")).toBe("CLINICIAN");
  });

  it("counts the safety net on the Oslo wall clock across the spring DST switch (13 days 23 hours)", () => {
    // Final 20 March 2026 10:37 Oslo (UTC+1); 3 April 10:37 Oslo is UTC+2.
    const final = new Date("2026-03-20T09:37:00Z");
    expect(safetyNetAt(final).toISOString()).toBe("2026-04-03T08:37:00.000Z");
    const at = resultVisibility("SELF", result("AFTER_REVIEW", { finalAt: final }), {
      now: new Date("2026-04-03T08:36:59Z"),
      showAtOnce: false,
    });
    expect(at.state).toBe("pending");
  });

  it("and across the autumn switch (14 days 1 hour)", () => {
    const final = new Date("2026-10-20T08:00:00Z"); // 10:00 Oslo, UTC+2
    expect(safetyNetAt(final).toISOString()).toBe("2026-11-03T09:00:00.000Z"); // 10:00 Oslo, UTC+1
  });
});
