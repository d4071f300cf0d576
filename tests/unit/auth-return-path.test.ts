import { describe, expect, it } from "vitest";
import { homePathFor, postSignInPath, safeLocalPath } from "@/lib/auth/return-path";

describe("return paths after sign-in", () => {
  it("sends each kind of user home", () => {
    expect(homePathFor("CITIZEN")).toBe("/for/meg");
    expect(homePathFor("CLINICIAN")).toBe("/behandler");
    expect(homePathFor("ORG_ADMIN")).toBe("/admin");
  });

  it("accepts only same-site paths", () => {
    expect(safeLocalPath("/for/meg/timeavtaler?x=1")).toBe("/for/meg/timeavtaler?x=1");
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "for/meg",
      "",
      "/a\nb",
      42,
      null,
    ]) {
      expect(safeLocalPath(bad)).toBeNull();
    }
  });

  it("returns to the requested page only within the user's own area", () => {
    expect(postSignInPath("/for/meg/meldinger", "CITIZEN")).toBe("/for/meg/meldinger");
    expect(postSignInPath("/behandler/innboks", "CITIZEN")).toBe("/for/meg");
    expect(postSignInPath("/for/meg", "CLINICIAN")).toBe("/behandler");
    expect(postSignInPath("/admin", "ORG_ADMIN")).toBe("/admin");
    expect(postSignInPath("/formue", "CITIZEN")).toBe("/for/meg");
    expect(postSignInPath("//evil.example/for", "CITIZEN")).toBe("/for/meg");
    expect(postSignInPath(undefined, "CITIZEN")).toBe("/for/meg");
  });
});
