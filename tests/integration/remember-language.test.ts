import { describe, expect, it } from "vitest";
import { rememberLanguage } from "@/lib/preferences/remember-language";
import { useTestDatabase } from "./harness";
import { createClinician, createOrganisationWithUnit, createPerson } from "./factories";

const t = useTestDatabase();
const expiresAt = new Date(Date.now() + 60_000);

describe("language choice", () => {
  it("becomes the signed-in citizen's own notification language, and nobody else's", async () => {
    const citizen = await createPerson(t.db, { age: 40 });
    const other = await createPerson(t.db, { age: 40 });
    expect(
      await rememberLanguage(
        t.db,
        { sessionId: "s", kind: "CITIZEN", personId: citizen.id, displayName: "x", expiresAt },
        "en",
      ),
    ).toBe(true);
    expect(
      (await t.db.person.findUniqueOrThrow({ where: { id: citizen.id } })).preferredLocale,
    ).toBe("en");
    expect((await t.db.person.findUniqueOrThrow({ where: { id: other.id } })).preferredLocale).toBe(
      "nb",
    );

    const { unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
      unitName: "Fastlegen",
    });
    const clinician = await createClinician(t.db, { unitIds: [unit.id] });
    expect(
      await rememberLanguage(
        t.db,
        {
          sessionId: "s",
          kind: "CLINICIAN",
          clinicianId: clinician.id,
          displayName: "x",
          expiresAt,
        },
        "en",
      ),
    ).toBe(false);
    expect(await rememberLanguage(t.db, null, "en")).toBe(false);
    expect(await t.db.person.count({ where: { preferredLocale: "en" } })).toBe(1);
  });
});
