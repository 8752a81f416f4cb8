/// <reference lib="webworker" />
// The service worker (built by scripts/build-service-worker.ts into public/sw.js). The app shell
// (every JS/CSS chunk of the build, icons, manifest) is precached; pages are network-first with
// the last good copy kept, so /review opens offline; the API is never cached (the review page
// keeps its own data in IndexedDB).
import { ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const pages = new NetworkFirst({
  cacheName: "pages",
  // No network timeout: a slow server is still the truth; the copy is for when there is no network.
  plugins: [
    {
      // Keep only real pages: a redirect to /signin must never be stored as /review.
      cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null),
    },
    new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 14 * 86_400 }),
  ],
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, sameOrigin, url }) => sameOrigin && request.mode === "navigate" && !url.pathname.startsWith("/api/"),
      handler: pages,
    },
  ],
  fallbacks: { entries: [{ url: "/offline", matcher: ({ request }) => request.mode === "navigate" }] },
});

// The learner opened the app online: keep /review now, not only after their next visit, so the
// first train ride already works.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    fetch("/review", { credentials: "same-origin" })
      .then(async (res) => (res.status === 200 && !res.redirected ? (await caches.open("pages")).put("/review", res) : undefined))
      .catch(() => undefined),
  );
});

serwist.addEventListeners();
