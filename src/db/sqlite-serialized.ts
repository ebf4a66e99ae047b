import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * better-sqlite3 is one connection. Prisma's adapter locks it for a transaction, but a query made
 * outside the transaction meanwhile (another update being handled) still runs on that connection,
 * inside the open transaction: a rollback would take its writes along, and nothing would say so.
 * Here a query outside a transaction waits until none is open, and transactions take turns.
 */
export function serializedSqlite(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => serialized(await connect());
  return factory;
}

function serialized(inner: Adapter): Adapter {
  /** Settles when the latest transaction begun (or waiting to begin) has ended. */
  let lastTransaction: Promise<void> = Promise.resolve();

  const noTransactionOpen = async () => {
    for (let tail = lastTransaction; ; tail = lastTransaction) {
      await tail;
      if (tail === lastTransaction) return;
    }
  };

  const outside = <T>(run: () => Promise<T>) =>
    // The query runs synchronously once called (better-sqlite3), so none can begin in between.
    noTransactionOpen().then(run);

  return new Proxy(inner, {
    get(target, property) {
      if (property === "queryRaw")
        return (query: Parameters<Adapter["queryRaw"]>[0]) => outside(() => target.queryRaw(query));
      if (property === "executeRaw")
        return (query: Parameters<Adapter["executeRaw"]>[0]) => outside(() => target.executeRaw(query));
      if (property === "executeScript")
        return (script: string) => outside(() => target.executeScript(script));
      if (property === "startTransaction")
        return async (isolationLevel?: Parameters<Adapter["startTransaction"]>[0]): Promise<Transaction> => {
          const previous = lastTransaction;
          let ended!: () => void;
          lastTransaction = new Promise((resolve) => {
            ended = resolve;
          });
          await previous;
          try {
            const transaction = await target.startTransaction(isolationLevel);
            return new Proxy(transaction, {
              get(t, name) {
                if (name === "commit") return () => t.commit().finally(ended);
                if (name === "rollback") return () => t.rollback().finally(ended);
                return bound(t, name);
              },
            });
          } catch (error) {
            ended();
            throw error;
          }
        };
      return bound(target, property);
    },
  });
}

/** The adapter's classes keep private fields: their methods must run on themselves, not on a proxy. */
function bound<T extends object>(target: T, name: string | symbol): unknown {
  const value = Reflect.get(target, name, target);
  return typeof value === "function" ? value.bind(target) : value;
}
