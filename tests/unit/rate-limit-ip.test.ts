import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/rate-limit/request-subject";

describe("the client's IP for rate limits", () => {
  it("is the hop our reverse proxy added (the last one), not what the client claims", () => {
    expect(clientIpFrom("1.2.3.4, 203.0.113.9", null)).toBe("203.0.113.9");
    expect(clientIpFrom("203.0.113.9", null)).toBe("203.0.113.9");
    expect(clientIpFrom(null, "2001:DB8::1")).toBe("2001:db8::1");
  });

  it("is null for nothing or garbage, so only the per-session limit applies", () => {
    expect(clientIpFrom(null, null)).toBeNull();
    expect(clientIpFrom("", "")).toBeNull();
    expect(clientIpFrom("<script>", null)).toBeNull();
  });
});
