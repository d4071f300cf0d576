import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickNamespaces, type Messages } from "@/lib/i18n/load-messages";

/**
 * What every page's client components need (the root layout provides it): the idle warning and the
 * error page. Anything more is named by the page that renders the client component.
 */
export const BASE_CLIENT_NAMESPACES = ["common", "shell.idle", "errors.error"] as const;

/**
 * Wrap a client subtree that needs more namespaces than the base ones, e.g.
 * <ClientMessages namespaces={["appointments"]}>…</ClientMessages>. Only the named messages are
 * sent to the browser, not the whole catalogue.
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly string[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as Messages;
  return (
    <NextIntlClientProvider
      messages={pickNamespaces(messages, [...BASE_CLIENT_NAMESPACES, ...namespaces])}
    >
      {children}
    </NextIntlClientProvider>
  );
}
