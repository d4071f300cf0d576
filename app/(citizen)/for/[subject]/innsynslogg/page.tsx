import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccessLogFilters } from "@/components/access-log/access-log-filters";
import { AccessLogList } from "@/components/access-log/access-log-list";
import { accessLogHref, parseAccessLogQuery } from "@/components/access-log/access-log-query";
import { RightToKnow } from "@/components/access-log/right-to-know";
import { subjectAccess } from "@/lib/access/subject-access";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { readAccessLog } from "@/lib/access-log/read-access-log";
import { getDb } from "@/lib/db/client";
import { showNotFound } from "@/app/_lib/or-not-found";

type Props = {
  params: Promise<{ subject: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("access-log");
  return { title: t("metaTitle") };
}

export default async function AccessLogPage({ params, searchParams }: Props) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const db = getDb();
  const overview = await subjectAccess(subject);
  if (!overview) showNotFound();
  const t = await getTranslations("access-log");
  const shielding = await getTranslations("shielding");
  const subjectName = `${overview.subject.givenName} ${overview.subject.familyName}`;

  // A proxy never covers the log; say so rather than pretend the page does not exist.
  if (!overview.readable.includes("ACCESS_LOG")) {
    return (
      <>
        <h1>{t("notAllowed.title")}</h1>
        <p>{t("notAllowed.body", { name: subjectName })}</p>
        <p>
          <Link href="/for/meg/innsynslogg">{t("notAllowed.ownLink")}</Link>
        </p>
      </>
    );
  }

  const query = parseAccessLogQuery(await searchParams);
  const basePath = `/for/${subject}/innsynslogg`;
  let page;
  try {
    page = await readAccessLog(db, actor, subject, query.filter);
  } catch (error) {
    if (isNotFound(error)) showNotFound();
    throw error;
  }
  const filtered = Boolean(
    query.form.fra || query.form.til || query.form.hvem || query.form.kategori,
  );

  return (
    <>
      <h1>{overview.isSelf ? t("title") : t("titleOther", { name: subjectName })}</h1>
      <p>{overview.isSelf ? t("intro") : t("introOther", { name: subjectName })}</p>
      <p>
        <a href="#rett-til-innsyn">{t("rightLink")}</a>
      </p>
      <AccessLogFilters basePath={basePath} form={query.form} />
      {query.notices.map((notice) => (
        <div key={notice} role="status" className="alert alert-warning">
          <p>{t(`filters.${notice}`)}</p>
        </div>
      ))}

      <section aria-labelledby="innsynslogg-hendelser">
        <h2 id="innsynslogg-hendelser">{t("results.title")}</h2>
        {page.rows.length === 0 ? (
          <p>{filtered ? t("results.empty") : t("results.emptyAll")}</p>
        ) : (
          <>
            <p>{t("results.newestFirst")}</p>
            <AccessLogList rows={page.rows} isSelf={page.isSelf} subjectName={page.subjectName} />
          </>
        )}
        {page.newer || page.older ? (
          <nav aria-label={t("results.pagination")} className="mt-6">
            <ul className="plain-list flex flex-wrap gap-4">
              {page.newer ? (
                <>
                  <li>
                    <Link href={accessLogHref(basePath, query.form)}>{t("results.newest")}</Link>
                  </li>
                  <li>
                    <Link
                      href={accessLogHref(basePath, query.form, { nyere: page.newer })}
                      rel="prev"
                    >
                      {t("results.newer")}
                    </Link>
                  </li>
                </>
              ) : null}
              {page.older ? (
                <li>
                  <Link
                    href={accessLogHref(basePath, query.form, { eldre: page.older })}
                    rel="next"
                  >
                    {t("results.older")}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </section>

      <RightToKnow />
      {overview.actionable.includes("PROFILE") ? (
        <p className="mt-6">
          {shielding("fromAccessLog")}{" "}
          <Link href={`/for/${subject}/sperring`}>{shielding("fromAccessLogLink")}</Link>
        </p>
      ) : null}
    </>
  );
}
