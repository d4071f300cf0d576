import "server-only";
import { notFound } from "next/navigation";
import { isNotFound } from "@/lib/access/errors";

/**
 * Runs a domain call for a page. A refusal by the access gate and a missing item look the same:
 * "not found", so a page never reveals that another person's data exists.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}
