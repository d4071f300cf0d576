"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

// Replaces everything below the root layout when a page fails, so it draws its own header/main.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors.error");
  const common = useTranslations("common");
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <>
      <header className="border-b border-line-subtle">
        <div className="container-page py-3">
          {/* A full page load on purpose: the error boundary's tree may be broken. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" className="text-2xl font-bold no-underline hover:underline">
            {common("productName")}
          </a>
        </div>
      </header>
      <main id="hovedinnhold" tabIndex={-1} className="container-page flex-1 py-6">
        <h1 ref={heading} tabIndex={-1}>
          {t("title")}
        </h1>
        <p>{t("body")}</p>
        <div className="flex flex-wrap gap-3">
          <button type="button" className="btn btn-primary" onClick={() => reset()}>
            {t("retry")}
          </button>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" className="btn">
            {t("home")}
          </a>
        </div>
        {error.digest ? (
          <p className="mt-4 text-muted">{t("reference", { digest: error.digest })}</p>
        ) : null}
      </main>
    </>
  );
}
