import { type DBSchema, type IDBPDatabase, type OpenDBCallbacks, openDB } from "idb";

/**
 * One connection per database name, opened on first use. When another tab upgrades the database
 * this one closes and reopens on the next call; a failed open is retried rather than remembered.
 */
export function idbConnection<Schema extends DBSchema>(
  version: number,
  upgrade: OpenDBCallbacks<Schema>["upgrade"],
): (name: string) => Promise<IDBPDatabase<Schema>> {
  let opened: { name: string; db: Promise<IDBPDatabase<Schema>> } | null = null;
  return (name) => {
    if (opened?.name !== name) {
      const db = openDB<Schema>(name, version, {
        upgrade,
        blocking() {
          void db.then((open) => open.close());
          opened = null;
        },
      });
      db.catch(() => {
        if (opened?.db === db) opened = null;
      });
      opened = { name, db };
    }
    return opened.db;
  };
}
