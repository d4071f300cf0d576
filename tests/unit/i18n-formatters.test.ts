import { describe, expect, it } from "vitest";
import { dateFormatter, decimalFormatter } from "@/lib/i18n/formatters";
import { pickNamespaces } from "@/lib/i18n/load-messages";

describe("shared Intl formatters", () => {
  it("builds one formatter per language and style and reuses it", () => {
    expect(dateFormatter("nb-NO", "clock")).toBe(dateFormatter("nb-NO", "clock"));
    expect(dateFormatter("nb-NO", "clock")).not.toBe(dateFormatter("en-GB", "clock"));
    expect(decimalFormatter("nb-NO", 1)).toBe(decimalFormatter("nb-NO", 1));
  });

  it("reads instants in Oslo time and stored calendar days in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo (UTC+1 in winter).
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(dateFormatter("nb-NO", "date").format(instant)).toBe("1. januar 2027");
    expect(dateFormatter("nb-NO", "clock").format(instant)).toBe("00:30");
    const calendarDay = new Date("2026-12-31T00:00:00Z");
    expect(dateFormatter("nb-NO", "calendarDay").format(calendarDay)).toBe("31. desember 2026");
    expect(dateFormatter("nb-NO", "birthDate").format(calendarDay)).toBe("31.12.2026");
    expect(decimalFormatter("nb-NO", 1).format(13)).toBe("13,0");
  });
});

describe("pickNamespaces", () => {
  const messages = {
    common: { save: "Lagre" },
    shell: { idle: { title: "Vil du fortsette?" }, nav: { home: "Forside" } },
    auth: { signIn: "Logg inn" },
  };

  it("keeps whole namespaces and single branches in their place, and nothing else", () => {
    expect(pickNamespaces(messages, ["common", "shell.idle", "missing.branch"])).toEqual({
      common: { save: "Lagre" },
      shell: { idle: { title: "Vil du fortsette?" } },
    });
  });

  it("merges two branches of one namespace", () => {
    expect(pickNamespaces(messages, ["shell.idle", "shell.nav"])).toEqual({
      shell: messages.shell,
    });
  });
});
