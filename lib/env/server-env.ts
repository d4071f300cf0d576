import { z } from "zod";
import {
  deploymentKind,
  isTestIdentityRequested,
  type DeploymentKind,
  type Env,
} from "@/lib/auth/deployment";
import { readOidcSettings } from "@/lib/auth/oidc-settings";

/**
 * Every environment variable the server reads, in one schema, checked once at start
 * (instrumentation.ts). In production the server refuses to start on any problem; elsewhere the
 * same problems are printed, and the ones that would break it still stop it.
 */

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must be a postgresql:// URL");

export const serverEnvSchema = z.object({
  DEPLOYMENT_ENV: optionalText,
  AUTH_TEST_IDENTITY: optionalText.refine(
    (v) => v === undefined || ["on", "off"].includes(v.toLowerCase()),
    "must be on or off",
  ),
  AUTH_SECRET: optionalText.refine(
    (v) => v === undefined || v.length >= 32,
    "must be at least 32 characters",
  ),
  AUTH_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), "must be a URL"),
  DATABASE_URL: optionalText.pipe(postgresUrl.optional()),
  HELSAMI_EMBEDDED_DB: optionalText,
  DB_POOL_MAX: optionalText.refine(
    (v) => v === undefined || /^[1-9]\d{0,3}$/.test(v),
    "must be a whole number from 1",
  ),
});

export type ServerEnv = z.infer<typeof serverEnvSchema> & { deployment: DeploymentKind };

export type EnvCheck =
  { ok: true; env: ServerEnv } | { ok: false; deployment: DeploymentKind; problems: string[] };

/** Checks the environment; each problem is one line that names the variable and what to do. */
export function checkServerEnv(env: Env = process.env): EnvCheck {
  const deployment = deploymentKind(env);
  const problems: string[] = [];
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${issue.path.join(".") || "env"} ${issue.message}`);
  }

  if (deployment === "production") {
    const given = (env.DEPLOYMENT_ENV ?? "").trim();
    const why = given
      ? `DEPLOYMENT_ENV=${given} is not development, test or demo`
      : "DEPLOYMENT_ENV is unset";
    if (!env.AUTH_SECRET?.trim())
      problems.push(`AUTH_SECRET is required in production (${why}); no secret is generated`);
    if (!env.DATABASE_URL?.trim()) problems.push(`DATABASE_URL is required in production (${why})`);
    else if (env.HELSAMI_EMBEDDED_DB)
      problems.push(
        `DATABASE_URL must name a PostgreSQL server in production (${why}); the embedded database is for development and demos`,
      );
    if (isTestIdentityRequested(env))
      problems.push(
        `AUTH_TEST_IDENTITY=on is refused in production (${why}): the test sign-in lets anyone in as anyone`,
      );
  }

  for (const id of ["idporten", "helseid"] as const) {
    const read = readOidcSettings(id, env);
    if (read && !read.ok) problems.push(read.problem);
  }

  return problems.length > 0 || !parsed.success
    ? { ok: false, deployment, problems }
    : { ok: true, env: { ...parsed.data, deployment } };
}
