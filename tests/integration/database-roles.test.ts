import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { readAccessLog } from "@/lib/access-log/read-access-log";
import { verifyAccessLog } from "@/lib/access-log/verify-log";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { listAppointments } from "@/lib/appointments/list-appointments";
import { grantRuntimeRole, roleOf } from "@/lib/db/roles";
import { useTestDatabase } from "./harness";
import { createCareRelation, createOrganisationWithUnit, createPerson } from "./factories";
import { asRuntimeRole, inRuntimeTransaction, runtimeRole } from "./runtime-role";

const t = useTestDatabase();
const noRuntimeRole = !process.env.TEST_DATABASE_URL
  ? false
  : !process.env.TEST_DATABASE_RUNTIME_URL;

async function personWithLog() {
  const person = await createPerson(t.db, { age: 50 });
  const actor: Actor = { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Test" };
  await withAccess(
    t.db,
    actor,
    { subject: "meg", category: "PROFILE", action: "READ" },
    async () => null,
  );
  return { person, actor };
}

/** The statement as the runtime role, in its own transaction: the error it fails with. */
async function refusedAsRuntime(sql: string): Promise<string> {
  const error = await inRuntimeTransaction(t, (tx) => tx.$executeRawUnsafe(sql)).then(
    () => null,
    (e: unknown) => e as Error,
  );
  if (!error) throw new Error(`the runtime role was allowed: ${sql}`);
  return error.message;
}

// PostgreSQL without TEST_DATABASE_RUNTIME_URL has no second role to test (PGlite emulates one).
// CI always sets it, so there a missing one fails these tests instead of skipping them.
describe.skipIf(noRuntimeRole && !process.env.CI)(
  "the application's runtime role cannot rewrite the access log",
  () => {
    it("runs as a role that is not the owner", async () => {
      const role = runtimeRole(t)!;
      const [me] = await inRuntimeTransaction(
        t,
        (tx) => tx.$queryRaw<{ current_user: string; owner: string }[]>`
      SELECT current_user, (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'access_log_entry') AS owner`,
      );
      expect(me!.current_user).toBe(role);
      expect(me!.owner).not.toBe(role);
      expect(me!.owner).toBe(t.onPglite ? "postgres" : roleOf(t.ownerConnectionString));
    });

    it("may not disable or drop the log's triggers, replace its hash function, or create tables", async () => {
      await personWithLog();
      // "must be owner": the privilege check, not the log's own trigger, refuses.
      expect(
        await refusedAsRuntime(
          "ALTER TABLE access_log_entry DISABLE TRIGGER access_log_entry_append_only",
        ),
      ).toMatch(/must be owner/);
      expect(await refusedAsRuntime("ALTER TABLE access_log_entry DISABLE TRIGGER ALL")).toMatch(
        /must be owner/,
      );
      expect(
        await refusedAsRuntime("DROP TRIGGER access_log_entry_chain ON access_log_entry"),
      ).toMatch(/must be owner/);
      expect(
        await refusedAsRuntime(
          "CREATE OR REPLACE FUNCTION access_log_entry_hash(e access_log_entry) RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$",
        ),
      ).toMatch(/permission denied for schema public|must be owner/);
      expect(await refusedAsRuntime("CREATE TABLE shadow_log (id int)")).toMatch(
        /permission denied for schema public/,
      );
      expect(await refusedAsRuntime("ALTER TABLE access_log_entry OWNER TO CURRENT_USER")).toMatch(
        /must be owner/,
      );
    });

    it("may not UPDATE, DELETE or TRUNCATE the access log or the security events, nor rewrite the history of release rules or of revised lab results", async () => {
      const { person } = await personWithLog();
      for (const table of ["access_log_entry", "security_event"]) {
        expect(await refusedAsRuntime(`UPDATE ${table} SET actor_name = 'Noen andre'`)).toMatch(
          new RegExp(`permission denied for table ${table}`),
        );
        expect(await refusedAsRuntime(`DELETE FROM ${table}`)).toMatch(
          new RegExp(`permission denied for table ${table}`),
        );
        expect(await refusedAsRuntime(`TRUNCATE ${table}`)).toMatch(
          new RegExp(`permission denied for table ${table}`),
        );
      }
      // The history of release rules: what an admin decided stays as it was recorded.
      expect(
        await refusedAsRuntime("UPDATE lab_release_rule_change SET to_category = NULL"),
      ).toMatch(/permission denied for table lab_release_rule_change/);
      expect(await refusedAsRuntime("DELETE FROM lab_release_rule_change")).toMatch(
        /permission denied for table lab_release_rule_change/,
      );
      // What a lab result was before the laboratory revised it stays as it was recorded.
      expect(
        await refusedAsRuntime("UPDATE lab_observation_revision SET previous_value_text = 'x'"),
      ).toMatch(/permission denied for table lab_observation_revision/);
      expect(await refusedAsRuntime("DELETE FROM lab_observation_revision")).toMatch(
        /permission denied for table lab_observation_revision/,
      );
      expect(await refusedAsRuntime("SELECT * FROM _prisma_migrations")).toMatch(
        /permission denied for table _prisma_migrations/,
      );
      expect(await t.db.accessLogEntry.count({ where: { personId: person.id } })).toBe(1);
    });

    it("cannot choose an entry's time: the database stamps it, whatever the application sends or sets", async () => {
      const { person } = await personWithLog();
      const long_ago = new Date("2001-01-01T00:00:00Z");
      const before = Date.now();
      const entry = await inRuntimeTransaction(t, async (tx) => {
        await tx.$queryRaw`SELECT set_config('helsami.log_time', ${long_ago.toISOString()}, true)`;
        return tx.accessLogEntry.create({
          data: {
            personId: person.id,
            occurredAt: long_ago,
            actorKind: "SYSTEM",
            actorName: "x",
            actorRole: "x",
            category: "PROFILE",
            action: "READ",
            basis: "SELF",
          },
        });
      });
      expect(entry.occurredAt.getTime()).toBeGreaterThan(before - 60_000);
      expect(entry.seq).toBe(2);
      expect((await verifyAccessLog(t.db)).breaks).toEqual([]);
    });

    it("does the application's normal work: the gate's reads and writes, booking, cancelling, refusals", async () => {
      const { unit } = await createOrganisationWithUnit(t.owner, {
        kind: "GP_OFFICE",
        unitKind: "GP_PRACTICE",
        cancellationDeadlineHours: 1,
      });
      const person = await createPerson(t.owner, { age: 40 });
      const stranger = await createPerson(t.owner, { age: 41 });
      await createCareRelation(t.owner, { personId: person.id, unitId: unit.id, kind: "GP_LIST" });
      const startsAt = new Date(Date.now() + 3 * 86_400_000);
      const slot = await t.owner.slot.create({
        data: {
          unitId: unit.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 1_200_000),
          visitType: "Konsultasjon",
          location: "Rom 1",
        },
      });
      const citizen: Actor = { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Test" };
      const other: Actor = {
        kind: "CITIZEN",
        sessionId: "t",
        personId: stranger.id,
        name: "Other",
      };

      await asRuntimeRole(t, async (db) => {
        const [me] = await db.$queryRaw<{ current_user: string }[]>`SELECT current_user`;
        expect(me!.current_user).toBe(runtimeRole(t));
        const { appointmentId } = await bookAppointment(db, citizen, {
          subject: "meg",
          slotId: slot.id,
          reason: "Kontroll",
        });
        expect((await listAppointments(db, citizen, "meg")).upcoming.map((a) => a.id)).toEqual([
          appointmentId,
        ]);
        await cancelAppointment(db, citizen, { subject: "meg", appointmentId });
        await expect(listAppointments(db, other, person.id)).rejects.toBeInstanceOf(
          AccessDeniedError,
        );
        const log = await readAccessLog(db, citizen, "meg");
        expect(log.rows.length).toBeGreaterThanOrEqual(3);
        expect(await db.securityEvent.count({ where: { actorPersonId: stranger.id } })).toBe(1);
        expect((await verifyAccessLog(db)).breaks).toEqual([]);
      });
    });

    it("a table a later migration creates is usable at once (default privileges), but not the runtime role's to alter", async () => {
      await inRuntimeTransaction(t, (tx) => tx.$queryRaw`SELECT 1`); // the grants are in place
      await t.owner.$executeRawUnsafe(
        "CREATE TABLE later_table (id bigserial PRIMARY KEY, note text NOT NULL)",
      );
      const rows = await inRuntimeTransaction(t, async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO later_table (note) VALUES ('ok')");
        return tx.$queryRawUnsafe<{ note: string }[]>("SELECT note FROM later_table");
      });
      expect(rows).toEqual([{ note: "ok" }]);
      expect(await refusedAsRuntime("ALTER TABLE later_table ADD COLUMN x int")).toMatch(
        /must be owner/,
      );
      expect(await refusedAsRuntime("TRUNCATE later_table")).toMatch(/permission denied/);
    });

    it("the grants refuse a runtime role that owns the tables", async () => {
      const owner = t.onPglite ? "postgres" : roleOf(t.ownerConnectionString);
      await expect(grantRuntimeRole(t.ownerConnectionString, owner)).rejects.toThrow(
        /give the application its own role/,
      );
    });
  },
);
