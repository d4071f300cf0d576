import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/**
 * Prisma's query interpreter loads sibling relations of one query at the same time. On the pool
 * that is fine (each query checks out its own connection), but inside an interactive transaction
 * they all land on the transaction's single `pg` client, which then queues them itself: pg 8
 * warns "Calling client.query() when the client is already executing a query" and pg 9 will throw.
 * This wraps the adapter so that a transaction's queries run one after another; queries outside
 * transactions stay parallel. (An upstream fix in @prisma/adapter-pg was still open in 7.10.)
 */
export function serialTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return Object.assign(Object.create(factory) as SqlDriverAdapterFactory, {
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await factory.connect();
      return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
        async startTransaction(
          ...args: Parameters<SqlDriverAdapter["startTransaction"]>
        ): Promise<Transaction> {
          return serialised(await adapter.startTransaction(...args));
        },
      });
    },
  });
}

/** The same transaction, with queryRaw/executeRaw (savepoints included) taking turns. */
function serialised(tx: Transaction): Transaction {
  let tail: Promise<unknown> = Promise.resolve();
  function inTurn<T>(run: () => Promise<T>): Promise<T> {
    const result = tail.then(run, run);
    // The next query waits for this one whether it succeeds or fails.
    tail = result.catch(() => undefined);
    return result;
  }
  return Object.assign(Object.create(tx) as Transaction, {
    queryRaw: (query: SqlQuery) => inTurn(() => tx.queryRaw(query)),
    executeRaw: (query: SqlQuery) => inTurn(() => tx.executeRaw(query)),
  });
}
