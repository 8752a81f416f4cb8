// Signing out without next-auth/react (12 kB on every page for one call): next-auth's own
// endpoints, as its client would call them. Pages the service worker kept for offline use hold
// this account's data, so they go too; answers still waiting to sync stay on the device (keyed by
// account) and are sent after this account signs in again.
export async function signOutAndLeave(): Promise<void> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
    });
    if ("caches" in window) await caches.delete("pages");
  } finally {
    // A full load, so the signed-in header and the router's cache are gone.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/signin");
  }
}
