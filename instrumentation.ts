// Runs once when the server starts: check the environment (refuse to start in production on any
// problem), and make an enabled test sign-in impossible to miss in the logs.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkServerEnv } = await import("@/lib/env/server-env");
  const { isTestIdentityEnabled } = await import("@/lib/auth/deployment");

  const checked = checkServerEnv();
  if (!checked.ok) {
    for (const problem of checked.problems) console.error(`[env] ${problem}`);
    console.error(
      `[env] the server does not start: ${checked.problems.length} problem(s) in the environment (deployment: ${checked.deployment}).`,
    );
    process.exit(1);
  }

  if (!isTestIdentityEnabled()) return;
  const line = "!".repeat(78);
  console.warn(
    [
      line,
      `!!  TESTINNLOGGING ER PÅ (AUTH_TEST_IDENTITY=on, DEPLOYMENT_ENV=${checked.env.deployment}).`,
      "!!  Anyone can sign in as any seeded person or clinician without a password.",
      "!!  Never use this with real data.",
      line,
    ].join("\n"),
  );
}
