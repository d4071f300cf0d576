import type pg from "pg";
import { ColumnTypeEnum, type SqlQueryable, type SqlResultSet } from "@prisma/driver-adapter-utils";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
type RowDescription = { fields: { dataTypeID: number }[] };

/**
 * Postgres's internal `"char"` type, which the schema engine reads from the catalogue
 * (pg_constraint.contype, …): the pg adapter refuses it, and the engine wants it as a Character
 * column. On the wire we relabel it as text, remember where it was, and restore the column type
 * on the result. Only sound on a pool of one connection, where queries run one after another.
 */
export class CharColumns {
  private lastCharColumns: number[] = [];

  /** Installs the relabelling on every connection the pool opens. */
  watch(pool: pg.Pool): void {
    pool.on("connect", (client) => {
      client.connection.prependListener("rowDescription", (message: RowDescription) => {
        this.lastCharColumns = [];
        message.fields.forEach((field, index) => {
          if (field.dataTypeID !== PG_CHAR_OID) return;
          field.dataTypeID = PG_TEXT_OID;
          this.lastCharColumns.push(index);
        });
      });
    });
  }

  /** Wraps `queryRaw` so "char" result columns come back as Character. */
  restore<Q extends SqlQueryable>(queryable: Q): Q["queryRaw"] {
    return async (query) => {
      this.lastCharColumns = [];
      const result: SqlResultSet = await queryable.queryRaw(query);
      for (const index of this.lastCharColumns)
        result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    };
  }
}
