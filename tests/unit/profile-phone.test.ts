import { describe, expect, it } from "vitest";
import { formatPhone, parsePhone } from "@/lib/profile/phone";
import { contactSchema } from "@/lib/profile/update-contact";

describe("phone numbers (libphonenumber-js, stored as E.164)", () => {
  it.each([
    ["91234567", "+4791234567"],
    ["912 34 567", "+4791234567"],
    ["+47 912 34 567", "+4791234567"],
    ["0047 91234567", "+4791234567"],
    ["41234567", "+4741234567"],
    ["+46 70 123 45 67", "+46701234567"],
    ["+44 7911 123456", "+447911123456"],
    ["+1 212 736 5000", "+12127365000"],
    ["+45 20 12 34 56", "+4520123456"],
  ])("%s is %s", (typed, e164) => {
    expect(parsePhone(typed)).toBe(e164);
  });

  it.each([
    ["letters", "abc"],
    ["too short", "12"],
    ["seven digits", "1234567"],
    ["too long", "123456789012345678"],
    ["a short number after +47", "+47 1234"],
    ["a letter inside", "9123456a"],
    ["an unknown country code", "+999 12345678"],
    ["markup", "<script>"],
    ["a vanity number", "1-800-FLOWERS"],
    ["two plus signs", "++4791234567"],
    ["nine digits after +47", "+47912345678"],
    ["a Norwegian landline (no SMS)", "22 22 22 22"],
    ["an unused UK range (drama numbers)", "+44 7700 900123"],
    ["only spaces", "   "],
  ])("refuses %s (%s)", (_why, typed) => {
    expect(parsePhone(typed)).toBeNull();
  });

  it("shows a Norwegian number without +47 and a foreign one with its code", () => {
    expect(formatPhone("+4791234567")).toBe("91 23 45 67");
    expect(formatPhone("+46701234567")).toBe("+46 70 123 45 67");
  });

  it("the contact schema says which field is wrong and keeps empty fields as 'none given'", () => {
    const bad = contactSchema.safeParse({ subject: "meg", phone: "12", email: "ikke-en-adresse" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["email", "emailInvalid"],
      ["phone", "phoneInvalid"],
    ]);
    expect(contactSchema.parse({ subject: "meg", phone: " ", email: "" })).toEqual({
      subject: "meg",
      phone: null,
      email: null,
    });
    // Left as the form showed it (an older or synthetic number): unchanged, and no error.
    expect(
      contactSchema.parse({
        subject: "meg",
        phone: "09000005",
        phoneBefore: "09000005",
        email: "",
      }),
    ).toEqual({ subject: "meg", phone: undefined, email: null });
    expect(
      contactSchema.safeParse({
        subject: "meg",
        phone: "09000006",
        phoneBefore: "09000005",
        email: "",
      }).error!.issues[0]!.message,
    ).toBe("phoneInvalid");
    expect(
      contactSchema.parse({ subject: "meg", phone: "912 34 567", email: " Per@Eksempel.NO " }),
    ).toEqual({ subject: "meg", phone: "+4791234567", email: "per@eksempel.no" });
    expect(
      contactSchema.safeParse({ subject: "meg", phone: "9".repeat(10_000), email: "" }).error!
        .issues[0]!.message,
    ).toBe("phoneInvalid");
  });
});
