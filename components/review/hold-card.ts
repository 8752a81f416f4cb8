// The card a page was rendered with may show before the device's own queue is read (so it paints
// at once, as a phone on a good connection expects) only if the page was rendered after everything
// this device answered had reached the server. Otherwise (answers waiting, or an older copy the
// service worker kept for offline use) the card stays hidden until the device's queue replaces it.
// The mark lives in localStorage because the decision must be made before the first paint.

const HOLD_ID = "review-hold";
const HOLD_CSS = "[data-review-card]{visibility:hidden}";
/** How far the device's estimate of the server's clock may be off (it is measured on page load). */
const MARGIN_MS = 10_000;
const markKey = (userId: string) => `review-synced-until:${userId}`;

export function markAnswersWaiting(userId: string): void {
  try {
    localStorage.setItem(markKey(userId), "waiting");
  } catch {}
}

/** Everything answered here has reached the server, which now reads `serverNow` on its clock. */
export function markAnswersSynced(userId: string, serverNow: number): void {
  try {
    localStorage.setItem(markKey(userId), String(Math.round(serverNow + MARGIN_MS)));
  } catch {}
}

/**
 * Marks the device synced when its outbox is empty, safely against another tab answering at the
 * same moment. A tab that answers marks "waiting" before and again after writing to the shared
 * outbox; this marks "synced" and then counts the outbox once more, putting "waiting" back if an
 * answer arrived in between. Whatever the interleaving, the last mark written after an answer
 * reached the outbox is "waiting" (until a later sync empties it).
 */
export async function markSyncedIfSettled(userId: string, serverNow: number, countOps: () => Promise<number>): Promise<boolean> {
  if ((await countOps()) > 0) return false;
  markAnswersSynced(userId, serverNow);
  if ((await countOps()) === 0) return true;
  markAnswersWaiting(userId);
  return false;
}

export function shouldHoldCard(userId: string, generatedAt: string): boolean {
  try {
    const mark = localStorage.getItem(markKey(userId));
    return mark !== null && !(Number(mark) < Date.parse(generatedAt));
  } catch {
    return true;
  }
}

export function holdCard(): void {
  if (document.getElementById(HOLD_ID)) return;
  const style = document.createElement("style");
  style.id = HOLD_ID;
  style.textContent = HOLD_CSS;
  document.head.appendChild(style);
}

export function releaseCard(): void {
  document.getElementById(HOLD_ID)?.remove();
}

/** shouldHoldCard + holdCard as an inline script for the page's HTML: it runs before the card is painted. */
export function holdCardScript(userId: string, generatedAt: string): string {
  if (!/^[0-9a-f-]+$/i.test(userId)) throw new Error("user ids are UUIDs"); // nothing else may reach the script
  return (
    `try{var m=localStorage.getItem(${JSON.stringify(markKey(userId))}),h=m!==null&&!(Number(m)<${Date.parse(generatedAt)})}catch(e){h=true}` +
    `if(h&&!document.getElementById("${HOLD_ID}")){var s=document.createElement("style");s.id="${HOLD_ID}";s.textContent="${HOLD_CSS}";document.head.appendChild(s)}` +
    // "Show answer" keys pressed before the page has hydrated (a slow phone, a quick learner) are
    // kept for the session to apply (takeEarlyReveal), not lost.
    `if(!("${EARLY_KEYS}"in window)){window.${EARLY_KEYS}=[];addEventListener("keydown",function(e){var k=window.${EARLY_KEYS};if(k&&!e.ctrlKey&&!e.metaKey&&!e.altKey&&(e.key===" "||e.key==="Enter")){k.push(e.key);e.preventDefault()}})}`
  );
}

const EARLY_KEYS = "__reviewEarlyKeys";

/**
 * Whether "Show answer" was pressed before the session hydrated (recorded by holdCardScript); stops
 * the recording, since the session's own key handler takes over. A held card (hold-card above) is
 * not revealed: the device's queue may put another card in its place.
 */
export function takeEarlyReveal(): boolean {
  const w = window as unknown as Record<string, string[] | null | undefined>;
  const keys = w[EARLY_KEYS];
  w[EARLY_KEYS] = null;
  return !!keys?.length && !document.getElementById(HOLD_ID);
}
