// The device's copy of /review in IndexedDB: the local queue, the outbox of answers and undos
// (sent in order by sync-outbox.ts), and the undo history. One database for every tab, so two
// tabs share one outbox. When IndexedDB is missing (some private modes) or a write fails (device
// storage full), the same data is kept in memory and `durable` says so: nothing is dropped, but it
// lasts only as long as the page.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { CardStateJson, PendingAnswer, QueueCard, Rating, ReviewPack } from "@/lib/offline/review-pack";

export type OutboxOp = { seq?: number; userId: string } & ({ kind: "answer"; answer: PendingAnswer } | { kind: "undo"; answerId: string });

/** One answer given on this device, with the card as it was, so Undo can put it back even after a reload. */
export interface HistoryEntry {
  answerId: string;
  userId: string;
  at: number;
  card: QueueCard;
  state: CardStateJson | null;
  rating: Rating;
  durationMs: number;
  /** The tab that gave it: Undo in a tab takes back that tab's own last answer, not another tab's. */
  tab?: string;
}

/** The queue as this device sees it: the server's last pack, with local answers applied. */
export interface LocalQueue {
  userId: string;
  /** generatedAt of the server pack this copy derives from. */
  basedOn: string;
  cards: QueueCard[];
  states: Record<string, CardStateJson>;
  scheduler: ReviewPack["scheduler"];
  day: ReviewPack["day"];
  nextDue: string | null;
  nextLearningDue: string | null;
  lastSyncedAt: number | null;
  /** Server clock minus this device's clock when the pack arrived: the study day ends by the server's clock. */
  clockOffsetMs?: number;
}

interface Schema extends DBSchema {
  queues: { key: string; value: LocalQueue };
  outbox: { key: number; value: OutboxOp; indexes: { byUser: string } };
  history: { key: string; value: HistoryEntry; indexes: { byUser: string } };
}

const HISTORY_LIMIT = 100;

export class ReviewStore {
  /** False when answers are only in memory (no IndexedDB, or the device is full). */
  durable: boolean;
  private memOps: OutboxOp[] = [];
  private memSeq = Number.MAX_SAFE_INTEGER / 2;
  private memQueue: LocalQueue | undefined;
  private memHistory: HistoryEntry[] = [];

  private constructor(
    readonly userId: string,
    private db: IDBPDatabase<Schema> | null,
  ) {
    this.durable = db !== null;
  }

  static async open(userId: string): Promise<ReviewStore> {
    try {
      const db = await openDB<Schema>("news-cards-review", 1, {
        upgrade(d) {
          d.createObjectStore("queues", { keyPath: "userId" });
          d.createObjectStore("outbox", { keyPath: "seq", autoIncrement: true }).createIndex("byUser", "userId");
          d.createObjectStore("history", { keyPath: "answerId" }).createIndex("byUser", "userId");
        },
      });
      return new ReviewStore(userId, db);
    } catch {
      return new ReviewStore(userId, null);
    }
  }

  /** Runs a write; on failure (quota, closed database) keeps the data in memory instead. */
  private async write(idb: (db: IDBPDatabase<Schema>) => Promise<unknown>, memory: () => void): Promise<void> {
    if (this.db) {
      try {
        await idb(this.db);
        return;
      } catch {
        this.durable = false;
      }
    }
    memory();
  }

  async getQueue(): Promise<LocalQueue | undefined> {
    const stored = this.db ? await this.db.get("queues", this.userId).catch(() => undefined) : undefined;
    if (this.memQueue && (!stored || this.memQueue.basedOn >= stored.basedOn)) return this.memQueue;
    return stored;
  }

  async putQueue(q: LocalQueue): Promise<void> {
    this.memQueue = undefined;
    await this.write((db) => db.put("queues", q), () => (this.memQueue = q));
  }

  /** The outbox in the order it must reach the server. */
  async ops(): Promise<OutboxOp[]> {
    const stored = this.db ? await this.db.getAllFromIndex("outbox", "byUser", this.userId).catch(() => []) : [];
    return [...stored.sort((a, b) => a.seq! - b.seq!), ...this.memOps];
  }

  async countOps(): Promise<number> {
    const stored = this.db ? await this.db.countFromIndex("outbox", "byUser", this.userId).catch(() => 0) : 0;
    return stored + this.memOps.length;
  }

  async addOp(op: OutboxOp): Promise<void> {
    await this.write(
      (db) => db.add("outbox", { ...op, userId: this.userId }),
      () => this.memOps.push({ ...op, userId: this.userId, seq: this.memSeq++ }),
    );
  }

  async deleteOps(seqs: number[]): Promise<void> {
    const gone = new Set(seqs);
    this.memOps = this.memOps.filter((o) => !gone.has(o.seq!));
    if (!this.db) return;
    const tx = this.db.transaction("outbox", "readwrite");
    await Promise.all([...seqs.map((s) => tx.store.delete(s)), tx.done]).catch(() => {});
  }

  async pushHistory(e: Omit<HistoryEntry, "userId">): Promise<void> {
    const entry = { ...e, userId: this.userId };
    await this.write(
      async (db) => {
        await db.put("history", entry);
        const all = await db.getAllKeysFromIndex("history", "byUser", this.userId);
        if (all.length > HISTORY_LIMIT) {
          const old = (await db.getAllFromIndex("history", "byUser", this.userId)).sort((a, b) => a.at - b.at).slice(0, all.length - HISTORY_LIMIT);
          await Promise.all(old.map((o) => db.delete("history", o.answerId)));
        }
      },
      () => this.memHistory.push(entry),
    );
  }

  async history(): Promise<HistoryEntry[]> {
    const stored = this.db ? await this.db.getAllFromIndex("history", "byUser", this.userId).catch(() => []) : [];
    return [...stored, ...this.memHistory];
  }

  /** Removes and returns the latest answer given on this device by this tab (entries with no tab count for every tab). */
  async popHistory(tab?: string): Promise<HistoryEntry | undefined> {
    const stored = this.db ? await this.db.getAllFromIndex("history", "byUser", this.userId).catch(() => []) : [];
    const all = [...stored, ...this.memHistory].filter((h) => !tab || !h.tab || h.tab === tab).sort((a, b) => a.at - b.at);
    const last = all.at(-1);
    if (!last) return undefined;
    this.memHistory = this.memHistory.filter((h) => h.answerId !== last.answerId);
    await this.db?.delete("history", last.answerId).catch(() => {});
    return last;
  }
}
