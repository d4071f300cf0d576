"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentPath } from "@/lib/auth/current-path";
import { getSignedInSession } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { rememberLanguage } from "./remember-language";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locale";
import {
  PREFERENCE_MAX_AGE_S,
  TEXT_SIZE_COOKIE,
  THEME_COOKIE,
  isTextSize,
  isTheme,
} from "./preferences";

// Plain-form server actions: each sets one cookie for a year and sends the browser back to the
// page it came from (POST-redirect-GET), so they work without JavaScript.

async function setPreferenceCookie(name: string, value: string): Promise<void> {
  (await cookies()).set(name, value, {
    maxAge: PREFERENCE_MAX_AGE_S,
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure:
      process.env.NODE_ENV === "production" &&
      process.env.AUTH_URL?.startsWith("https://") === true,
  });
}

async function backToPage(): Promise<never> {
  redirect((await currentPath()) ?? "/");
}

export async function setLocaleAction(formData: FormData): Promise<void> {
  const value = formData.get("locale");
  if (isLocale(value)) {
    await setPreferenceCookie(LOCALE_COOKIE, value);
    await rememberLanguage(getDb(), await getSignedInSession(), value);
  }
  await backToPage();
}

export async function setThemeAction(formData: FormData): Promise<void> {
  const value = formData.get("theme");
  if (isTheme(value)) await setPreferenceCookie(THEME_COOKIE, value);
  await backToPage();
}

export async function setTextSizeAction(formData: FormData): Promise<void> {
  const value = formData.get("textsize");
  if (isTextSize(value)) await setPreferenceCookie(TEXT_SIZE_COOKIE, value);
  await backToPage();
}
