import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { ClientMessages } from "@/components/shell/client-messages";
import { SignOutForm } from "@/components/shell/sign-out-form";
import { getDb } from "@/lib/db/client";
import { isTestIdentityEnabled } from "@/lib/auth/deployment";
import { configuredOidcProviders } from "@/lib/auth/oidc-settings";
import { homePathFor, safeLocalPath } from "@/lib/auth/return-path";
import { getSignedInSession, wasSessionExpired } from "@/lib/auth/session";
import {
  TEST_PERSON_GROUPS,
  listTestClinicians,
  listTestPeople,
} from "@/lib/auth/test-identity-directory";
import { signInWithHelseIdAction, signInWithIdportenAction } from "./actions";
import { TestSignIn, type OptionGroup } from "./_components/test-sign-in";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Messages for ?feil= (our own codes, also from the OIDC callback) that auth.errors knows. */
const KNOWN_FEIL = new Set([
  "unknown_person",
  "deceased",
  "not_synthetic",
  "unknown_clinician",
  "not_admin",
  "format",
  "checksum",
  "date",
  "not_health_personnel",
  "real_identity",
  "assurance",
  "rate_limited",
]);

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const t = await getTranslations("auth");
  const session = await getSignedInSession();
  const expired = first(params.utlopt) === "1" || (await wasSessionExpired());
  const signedOut = first(params.utlogget);
  const feil = first(params.feil);
  const authError = first(params.error);
  const neste = safeLocalPath(first(params.neste)) ?? "";

  const testEnabled = isTestIdentityEnabled();
  const oidc = configuredOidcProviders();
  const hasIdporten = oidc.includes("idporten");
  const hasHelseId = oidc.includes("helseid");

  let errorMessage: string | null = null;
  if (feil === "rolle") errorMessage = t("signIn.wrongRole");
  else if (feil && KNOWN_FEIL.has(feil)) errorMessage = t(`errors.${feil}`);
  else if (authError || feil) errorMessage = t("errors.provider");

  return (
    <AppShell>
      <h1>{t("signIn.title")}</h1>

      {expired && !session ? (
        <div className="alert alert-warning" role="status">
          <p>{t("signIn.expired")}</p>
        </div>
      ) : null}
      {signedOut && !session ? (
        <div className="alert alert-success" role="status">
          <p>{signedOut === "alle" ? t("signIn.signedOutEverywhere") : t("signIn.signedOut")}</p>
        </div>
      ) : null}
      {errorMessage ? (
        <div className="alert alert-error" role="alert">
          <p>{errorMessage}</p>
        </div>
      ) : null}

      {session ? (
        <>
          <p>{t("signIn.alreadySignedIn", { name: session.displayName })}</p>
          <div className="flex flex-wrap items-center gap-4">
            <Link href={homePathFor(session.kind)} className="btn btn-primary">
              {t("signIn.goHome")}
            </Link>
            <SignOutForm className="btn" />
          </div>
        </>
      ) : (
        <SignInOptions
          neste={neste}
          testEnabled={testEnabled}
          hasIdporten={hasIdporten}
          hasHelseId={hasHelseId}
        />
      )}
    </AppShell>
  );
}

async function SignInOptions({
  neste,
  testEnabled,
  hasIdporten,
  hasHelseId,
}: {
  neste: string;
  testEnabled: boolean;
  hasIdporten: boolean;
  hasHelseId: boolean;
}) {
  const t = await getTranslations("auth");
  if (!testEnabled && !hasIdporten && !hasHelseId) {
    return (
      <div className="alert alert-warning">
        <p>{t("signIn.noMethods")}</p>
      </div>
    );
  }

  let personGroups: OptionGroup[] = [];
  let clinicianGroups: OptionGroup[] = [];
  if (testEnabled) {
    const db = getDb();
    const people = await listTestPeople(db);
    const clinicians = await listTestClinicians(db);
    personGroups = TEST_PERSON_GROUPS.map((group) => ({
      label: t(`test.groups.${group}`),
      options: people[group].map((p) => ({
        value: p.nationalId,
        label: t(p.addressProtected ? "test.personOptionProtected" : "test.personOption", {
          name: p.name,
          age: p.age,
        }),
      })),
    })).filter((group) => group.options.length > 0);
    clinicianGroups = [
      {
        label: t("test.asClinician"),
        // Only health personnel sign in as clinicians; admins without HPR are offered below only.
        options: clinicians
          .filter((c) => c.isHealthPersonnel)
          .map((c) => ({
            value: `${c.clinicianId}:CLINICIAN`,
            label: c.unitName
              ? t("test.clinicianOptionUnit", {
                  name: c.name,
                  profession: c.profession,
                  unit: c.unitName,
                })
              : t("test.clinicianOption", { name: c.name, profession: c.profession }),
          })),
      },
      {
        label: t("test.asAdmin"),
        options: clinicians
          .filter((c) => c.isOrgAdmin)
          .map((c) => ({
            value: `${c.clinicianId}:ORG_ADMIN`,
            label: t("test.clinicianOptionAdmin", { name: c.name }),
          })),
      },
    ].filter((group) => group.options.length > 0);
  }

  return (
    <>
      <p>{t("signIn.intro")}</p>
      {testEnabled ? (
        <div className="test-environment my-4" role="note" aria-labelledby="test-env-title">
          <p className="m-0 text-sm font-bold tracking-wide uppercase">{t("test.badge")}</p>
          <p id="test-env-title" className="m-0 text-xl font-bold">
            {t("test.title")}
          </p>
          <p className="mb-0">{t("test.warning")}</p>
        </div>
      ) : null}

      <section aria-labelledby="sign-in-citizens">
        <h2 id="sign-in-citizens">{t("signIn.citizens")}</h2>
        {hasIdporten ? (
          <>
            <p>{t("signIn.citizensIntro")}</p>
            <form action={signInWithIdportenAction}>
              <input type="hidden" name="neste" value={neste} />
              <button type="submit" className="btn btn-primary">
                {t("signIn.idporten")}
              </button>
            </form>
          </>
        ) : null}
        {testEnabled ? (
          <>
            <h3>{t("test.citizenTitle")}</h3>
            {personGroups.length > 0 ? null : <p>{t("test.noPeople")}</p>}
            <ClientMessages namespaces={["auth"]}>
              <TestSignIn kind="citizen" groups={personGroups} neste={neste} />
            </ClientMessages>
          </>
        ) : null}
      </section>

      <section aria-labelledby="sign-in-clinicians">
        <h2 id="sign-in-clinicians">{t("signIn.clinicians")}</h2>
        {hasHelseId ? (
          <>
            <p>{t("signIn.cliniciansIntro")}</p>
            <div className="flex flex-wrap gap-3">
              <form action={signInWithHelseIdAction}>
                <input type="hidden" name="neste" value={neste} />
                <input type="hidden" name="role" value="CLINICIAN" />
                <button type="submit" className="btn btn-primary">
                  {t("signIn.helseid")}
                </button>
              </form>
              <form action={signInWithHelseIdAction}>
                <input type="hidden" name="neste" value={neste} />
                <input type="hidden" name="role" value="ORG_ADMIN" />
                <button type="submit" className="btn">
                  {t("signIn.helseidAdmin")}
                </button>
              </form>
            </div>
          </>
        ) : null}
        {testEnabled ? (
          <>
            <h3>{t("test.clinicianTitle")}</h3>
            <ClientMessages namespaces={["auth"]}>
              <TestSignIn kind="clinician" groups={clinicianGroups} neste={neste} />
            </ClientMessages>
          </>
        ) : null}
      </section>
    </>
  );
}
