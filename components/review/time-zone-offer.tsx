"use client";
import { useState, useSyncExternalStore } from "react";

const noop = () => () => {};
const DISMISSED = "time-zone-kept";

/**
 * The study day follows the zone stored for the learner. When this device is in another zone
 * (travel, a new phone), offer to move it, once per zone pair: "Keep" is remembered on the device.
 */
export function TimeZoneOffer({ stored }: { stored: string }) {
  // The server renders as if the zones agree, so hydration never differs; the browser then checks.
  const zone = useSyncExternalStore(noop, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => stored);
  const dismissedFor = useSyncExternalStore(noop, () => localStorage.getItem(DISMISSED), () => null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (done) return <p role="status" className="mb-3 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">{done}</p>;
  if (!zone || zone === stored || dismissedFor === `${stored}>${zone}`) return null;

  async function move() {
    const res = await fetch("/api/settings/time-zone", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ timeZone: zone }) }).catch(() => null);
    if (res?.ok) setDone(`Your study days now follow ${zone}. Reload to see today's cards for it.`);
    else setError("Could not change the time zone (offline?). Try again, or change it under Settings.");
  }
  function keep() {
    localStorage.setItem(DISMISSED, `${stored}>${zone}`);
    setDone(`Your study days stay on ${stored} time.`);
  }
  return (
    <div role="region" aria-label="Time zone" className="mb-3 rounded-lg bg-blue-50 px-3 py-2 text-sm text-blue-950">
      <p>
        This device is in <strong>{zone}</strong>, but your study days start at your chosen hour in <strong>{stored}</strong>.
      </p>
      {error ? <p className="mt-1 text-red-700">{error}</p> : null}
      <div className="mt-1 flex gap-2">
        <button type="button" onClick={() => void move()} className="min-h-11 rounded-md bg-blue-700 px-3 font-medium text-white">
          Use {zone}
        </button>
        <button type="button" onClick={keep} className="min-h-11 rounded-md px-3 underline">
          Keep {stored}
        </button>
      </div>
    </div>
  );
}
