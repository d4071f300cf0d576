import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";
import { SiteFooter } from "@/components/shell/site-footer";
import {
  TEXT_SIZE_COOKIE,
  THEME_COOKIE,
  resolveTextSize,
  resolveTheme,
} from "@/lib/preferences/preferences";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shell.footer");
  return {
    title: { template: "%s – HelsaMi", default: "HelsaMi" },
    description: t("tagline"),
    manifest: "/manifest.webmanifest",
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
};

// Theme and text size come from cookies and are rendered on the server: no flash, no script.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const jar = await cookies();
  const theme = resolveTheme(jar.get(THEME_COOKIE)?.value);
  const textSize = resolveTextSize(jar.get(TEXT_SIZE_COOKIE)?.value);
  const t = await getTranslations("shell");

  return (
    <html lang={locale} data-theme={theme} data-text-size={textSize}>
      <body>
        <a href="#hovedinnhold" className="skip-link">
          {t("skipLink")}
        </a>
        <ClientMessages>
          {children}
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
