import { once } from "node:events";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, type CopyStreamQuery } from "pg-copy-streams";
import { bulkValue, type BulkColumn, type BulkWriter } from "./bulk-insert";

/** COPY's text format: backslash, tab, newline and carriage return are escaped; \N is null. */
const NEEDS_ESCAPE = /[\\\t\n\r]/;
function copyField(v: string | number | boolean | null): string {
  if (v === null) return "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
    return String(v);
  }
  if (!NEEDS_ESCAPE.test(v)) return v;
  return v.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** One row as a line of COPY text. */
export function copyLine<R>(columns: readonly BulkColumn<R>[], row: R): string {
  let line = "";
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (i > 0) line += "\t";
    line += copyField(bulkValue(c.type, c.value(row)));
  }
  return `${line}\n`;
}

/** Bytes handed to the socket at a time: big enough to be cheap, small enough to stream. */
const CHUNK = 256 * 1024;

/**
 * One table's lane: its own connection and, while rows come, an open COPY. Every `batchRows` rows
 * the COPY ends, which commits that batch, and the next rows open a new one.
 */
class Lane {
  private stream: CopyStreamQuery | null = null;
  private done: Promise<void> | null = null;
  private chunk = "";
  private rows = 0;
  failure: unknown = null;

  constructor(
    private readonly client: pg.Client,
    private readonly sql: string,
    private readonly batchRows: number,
  ) {}

  /** Returns a promise only when the caller must wait (a chunk sent, a batch ended): no promise per row. */
  write(line: string): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    if (!this.stream) {
      const stream = this.client.query(copyFrom(this.sql));
      this.stream = stream;
      // 'finish' comes after the server's ReadyForQuery: the batch is committed.
      this.done = finished(stream).catch((error: unknown) => void (this.failure ??= error));
    }
    this.chunk += line;
    this.rows++;
    if (this.rows >= this.batchRows) return this.end();
    if (this.chunk.length >= CHUNK) return this.send();
    return undefined;
  }

  private async send(): Promise<void> {
    const stream = this.stream!;
    const ok = stream.write(this.chunk);
    this.chunk = "";
    // Back-pressure: the generator waits while the server is behind (rejects if the COPY failed).
    if (!ok) await once(stream, "drain");
  }

  /** Ends the open COPY (commits its batch) and waits for the server to confirm. */
  async end(): Promise<void> {
    if (this.stream) {
      if (this.chunk) await this.send();
      this.stream.end();
      await this.done;
      this.stream = null;
      this.rows = 0;
    }
    if (this.failure) throw this.failure;
  }
}

/**
 * Writes bulk rows with `COPY … FROM STDIN` (pg-copy-streams): each table streams on a connection
 * of its own while the caller generates, so Node and the server work at the same time; each batch
 * of `batchRows` rows is one COPY, so one transaction. Tables are written side by side and commit in
 * any order, so this is only for a load whose foreign keys are dropped until it ends (runSeed's bulk
 * mode, bulk-load.ts). Not for PGlite: its socket server loses protocol sync on COPY FROM STDIN.
 */
export function copyWriter(
  connectionString: string,
  opts: { batchRows?: number } = {},
): BulkWriter {
  const batchRows = opts.batchRows ?? 50_000;
  const clients: pg.Client[] = [];
  const lanes = new Map<string, Promise<Lane>>();

  const laneFor = (sql: string): Promise<Lane> => {
    let lane = lanes.get(sql);
    if (!lane) {
      lane = (async () => {
        const client = new pg.Client({ connectionString });
        clients.push(client);
        await client.connect();
        // A seed that dies is run again on an empty database: waiting for each commit's flush buys nothing.
        await client.query("SET synchronous_commit = off");
        return new Lane(client, sql, batchRows);
      })();
      lanes.set(sql, lane);
    }
    return lane;
  };

  return {
    method: "copy",
    async insert(table, columns, rows) {
      if (rows.length === 0) return 0;
      const lane = await laneFor(
        `COPY "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")}) FROM STDIN`,
      );
      for (const row of rows) {
        const wait = lane.write(copyLine(columns as readonly BulkColumn<unknown>[], row));
        if (wait) await wait;
      }
      return rows.length;
    },
    async flush() {
      const open = await Promise.all(lanes.values());
      const results = await Promise.allSettled(open.map((lane) => lane.end()));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) throw failed.reason;
    },
    async close() {
      await Promise.allSettled(clients.map((c) => c.end()));
    },
  };
}

/** PGlite (embedded, tests) cannot take COPY FROM STDIN over its socket server. */
export async function serverTakesCopy(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
    return !/PGlite/i.test(rows[0]?.version ?? "");
  } finally {
    await client.end();
  }
}
