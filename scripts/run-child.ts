import { spawn } from "node:child_process";
import { constants } from "node:os";

const forwarded = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Runs a command with inherited stdio and resolves with the exit code a shell would report.
 * Signals sent to us go to the child — `npm start` under `sh -c` would not pass SIGTERM on — and
 * we wait for it to exit, so the caller can close the database after it.
 */
export function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    let signalled = 0;
    const forward = (signal: NodeJS.Signals) => {
      // A second Ctrl-C means "now": do not wait for a child that is stuck shutting down.
      child.kill(++signalled > 1 ? "SIGKILL" : signal);
    };
    for (const signal of forwarded) process.on(signal, forward);
    const done = (code: number) => {
      for (const signal of forwarded) process.off(signal, forward);
      resolve(code);
    };
    child.on("error", (error) => {
      console.error(`could not run ${command}: ${error.message}`);
      done(127);
    });
    child.on("exit", (code, signal) =>
      done(code ?? 128 + (signal ? constants.signals[signal] : 0)),
    );
  });
}
