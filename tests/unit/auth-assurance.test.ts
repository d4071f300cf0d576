import { describe, expect, it } from "vitest";
import {
  HELSEID_SECURITY_LEVEL_CLAIM,
  helseIdAssuranceOk,
  idportenAssuranceOk,
} from "@/lib/auth/assurance";

const pid = "01819012345";

describe("ID-porten sign-ins need idporten-loa-high", () => {
  it.each([
    [{ pid, acr: "idporten-loa-high" }, true],
    [{ pid, acr: "idporten-loa-substantial" }, false],
    [{ pid, acr: "idporten-loa-low" }, false],
    [{ pid, acr: "Level3" }, false],
    [{ pid, acr: "IDPORTEN-LOA-HIGH " }, false],
    [{ pid, acr: ["idporten-loa-high"] }, false],
    [{ pid }, false],
  ] as const)("%j → %s", (claims, ok) => {
    expect(idportenAssuranceOk(claims as Record<string, unknown>)).toBe(ok);
  });
});

describe("HelseID sign-ins need security level 4", () => {
  const hpr = { "helseid://claims/hpr/hpr_number": "990100010" };
  it.each([
    ["4", true],
    [4, true],
    [" 4 ", true],
    ["3", false],
    [3, false],
    ["2", false],
    ["", false],
    ["high", false],
    ["4.5", false],
    [["4", "3"], false],
    [["4"], true],
    [undefined, false],
  ] as const)("security level %j → %s", (level, ok) => {
    const claims: Record<string, unknown> = { ...hpr };
    if (level !== undefined) claims[HELSEID_SECURITY_LEVEL_CLAIM] = level;
    expect(helseIdAssuranceOk(claims)).toBe(ok);
  });
});
