import { openDb, type StorageOptions } from "./db.js";
import { Store } from "./store.js";

export type { StorageSettings } from "./storage.js";

/** Opens the review queue's store outside a server (`postlint token create`); close it with `store.db.close()`. */
export async function openStore(options: StorageOptions): Promise<Store> {
  return new Store(await openDb(options));
}
