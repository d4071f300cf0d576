/**
 * Micro-benchmark: what reading the session cookie costs per request, Auth.js's default JWE
 * (HKDF + A256CBC-HS512 decryption) against our signed token (one HMAC). Prints figures only.
 *   npx tsx scripts/bench/session-cookie.ts
 */
import { decode as decodeJwe, encode as encodeJwe } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";

const secret = "bench-secret-bench-secret-bench-secret-0123";
const salt = "authjs.session-token";
const token = { sid: "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f" };
const N = Number(process.env.N ?? 20_000);

async function time(label: string, fn: () => unknown | Promise<unknown>) {
  for (let i = 0; i < 1_000; i++) await fn(); // warm-up
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const us = (ms * 1000) / N;
  const cpuUs = (cpu.user + cpu.system) / N;
  console.log(
    `${label.padEnd(34)} ${us.toFixed(2).padStart(8)} µs wall/decode  ${cpuUs.toFixed(2).padStart(8)} µs CPU/decode`,
  );
}

const jwe = await encodeJwe({ token, secret, salt });
const signed = encodeSessionToken({ token, secret, salt });
console.log(`N=${N}; cookie length: JWE ${jwe.length} chars, signed ${signed.length} chars`);
await time("Auth.js default (HKDF + JWE)", () => decodeJwe({ token: jwe, secret, salt }));
await time("signed token (HMAC-SHA256)", () => decodeSessionToken({ token: signed, secret, salt }));
