/** Environment reads for auth decisions, as plain functions of an env object so tests can pass one. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The deployments that are not production. Everything else is production: it fails closed. */
export const NON_PRODUCTION_DEPLOYMENTS = ["development", "test", "demo"] as const;
export type NonProductionDeployment = (typeof NON_PRODUCTION_DEPLOYMENTS)[number];
export type DeploymentKind = NonProductionDeployment | "production";

/**
 * Which deployment this is. Only the exact names development, test and demo (any case, trimmed)
 * are not production; unset, empty, "prod", "staging" or a typo all mean production. The dev and
 * demo commands (scripts/with-db.ts --test-identity) set DEPLOYMENT_ENV themselves when it is unset.
 */
export function deploymentKind(env: Env = process.env): DeploymentKind {
  const value = (env.DEPLOYMENT_ENV ?? "").trim().toLowerCase();
  return (NON_PRODUCTION_DEPLOYMENTS as readonly string[]).includes(value)
    ? (value as NonProductionDeployment)
    : "production";
}

export function isProductionDeployment(env: Env = process.env): boolean {
  return deploymentKind(env) === "production";
}

/** AUTH_TEST_IDENTITY=on, exactly (trimmed, any case): "true", "1" or "yes" do not count. */
export function isTestIdentityRequested(env: Env = process.env): boolean {
  return (env.AUTH_TEST_IDENTITY ?? "").trim().toLowerCase() === "on";
}

/**
 * The "Testinnlogging" provider is on only when explicitly asked for (AUTH_TEST_IDENTITY=on) and
 * the deployment is one of the allow-listed non-production ones: both, so neither alone enables it.
 */
export function isTestIdentityEnabled(env: Env = process.env): boolean {
  return !isProductionDeployment(env) && isTestIdentityRequested(env);
}

/**
 * Real (non-synthetic) identity numbers are accepted only in production: at sign-in, at Finn
 * pasient and when giving a proxy grant, all through this one function.
 */
export function allowsRealNationalIds(env: Env = process.env): boolean {
  return isProductionDeployment(env);
}
