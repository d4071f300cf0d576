import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl without i18n routing: the request config reads the `locale` cookie.
// `precompile` swaps use-intl's ICU parser for its format-only formatter (about 10 kB gzip less in
// every page's first load); lib/i18n/load-messages.ts compiles the messages it reads in production.
// The catalog path names no folder on purpose: messages are read from disk, so only the alias applies.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: {
      path: "./lib/i18n/compiled-catalogs-unused",
      format: "json",
      locales: ["nb", "en"],
      precompile: true,
    },
  },
});

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // Same-origin Referer lets preference forms return to the page they were posted from.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // It reads its VTIMEZONE files from disk at run time; bundled, it finds none and the .ics loses its zone.
  serverExternalPackages: ["@touch4it/ical-timezones", "sharp"],
  // Messages carry up to five attachments of 10 MB each (lib/messages/clean-attachments.ts).
  experimental: { serverActions: { bodySizeLimit: "52mb" }, proxyClientMaxBodySize: "52mb" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
