/** Environment reads for auth decisions, as plain functions of an env object so tests can pass one. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * True when DEPLOYMENT_ENV names production. Spelling variants count too, so a typo in the
 * deployment config errs on the safe side (test sign-in off, real identity numbers accepted).
 */
export function isProductionDeployment(env: Env = process.env): boolean {
  const value = (env.DEPLOYMENT_ENV ?? "").trim().toLowerCase();
  return value === "production" || value === "prod";
}

/**
 * The "Testinnlogging" provider is on only when explicitly asked for (AUTH_TEST_IDENTITY=on) and
 * the deployment is not production: both conditions, so neither alone can enable it by accident.
 */
export function isTestIdentityEnabled(env: Env = process.env): boolean {
  if (isProductionDeployment(env)) return false;
  return (env.AUTH_TEST_IDENTITY ?? "").trim().toLowerCase() === "on";
}

/** Real (non-synthetic) identity numbers are accepted only in production. */
export function allowsRealNationalIds(env: Env = process.env): boolean {
  return isProductionDeployment(env);
}
