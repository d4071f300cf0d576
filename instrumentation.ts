// Runs once when the server starts: make an enabled test sign-in impossible to miss in the logs.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isTestIdentityEnabled } = await import("@/lib/auth/deployment");
  if (!isTestIdentityEnabled()) return;
  const line = "!".repeat(78);
  console.warn(
    [
      line,
      "!!  TESTINNLOGGING ER PÅ (AUTH_TEST_IDENTITY=on, DEPLOYMENT_ENV is not production).",
      "!!  Anyone can sign in as any seeded person or clinician without a password.",
      "!!  Never use this with real data.",
      line,
    ].join("\n"),
  );
}
