/**
 * The workbench's kept files in the browser's IndexedDB (database "openstaand", store "keptFiles",
 * one record per administration scope): the last opened file's bytes, name, size and date, kept
 * only with the user's consent (src/app/workbench/last-file) and never sent anywhere. IndexedDB,
 * not localStorage: a ledger export of several megabytes does not fit in localStorage's ~5 MB.
 */
import { HostError, type KeptFile } from "../../app";

const DB = "openstaand";
const STORE = "keptFiles";

/** What the host needs of a kept-file store. */
export interface KeptFileStore {
  list(): Promise<KeptFile[]>;
  keep(file: KeptFile): Promise<void>;
  forget(scope: string | null): Promise<void>;
}

function failure(error: unknown, verb: "keep" | "read"): HostError {
  const detail = error instanceof Error ? error.message : String(error);
  return verb === "keep"
    ? new HostError(
        "host",
        `This browser refused to keep the file (${detail}); its storage may be full.`,
        `Deze browser weigerde het bestand te bewaren (${detail}); de opslag is mogelijk vol.`,
        {},
        error
      )
    : new HostError(
        "host",
        `This browser could not read the kept file (${detail}).`,
        `Deze browser kon het bewaarde bestand niet lezen (${detail}).`,
        {},
        error
      );
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

/** The kept files in `factory` (the page's `indexedDB`). */
export function indexedDbFileStore(factory: IDBFactory): KeptFileStore {
  let opened: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE))
          req.result.createObjectStore(STORE, { keyPath: "scope" });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error("IndexedDB could not be opened"));
    });
    // A failed open may succeed later (another tab held an upgrade): try again next time.
    opened.catch(() => (opened = null));
    return opened;
  };
  return {
    async list() {
      try {
        const db = await open();
        const tx = db.transaction(STORE, "readonly");
        const all = await request(tx.objectStore(STORE).getAll() as IDBRequest<KeptFile[]>);
        return all.filter((f) => typeof f?.scope === "string" && typeof f.name === "string");
      } catch (error) {
        throw failure(error, "read");
      }
    },
    async keep(file) {
      try {
        const db = await open();
        const tx = db.transaction(STORE, "readwrite");
        tx.objectStore(STORE).put(file);
        await done(tx);
      } catch (error) {
        throw failure(error, "keep");
      }
    },
    async forget(scope) {
      try {
        const db = await open();
        const tx = db.transaction(STORE, "readwrite");
        if (scope === null) tx.objectStore(STORE).clear();
        else tx.objectStore(STORE).delete(scope);
        await done(tx);
      } catch (error) {
        throw failure(error, "keep");
      }
    },
  };
}

/** Kept files that live as long as the page (tests; a browser without IndexedDB). */
export function memoryFileStore(): KeptFileStore {
  const files = new Map<string, KeptFile>();
  return {
    list: async () => [...files.values()],
    keep: async (file) => void files.set(file.scope, file),
    forget: async (scope) => (scope === null ? files.clear() : void files.delete(scope)),
  };
}
