"use client";
import { useEffect } from "react";

// After the page has loaded (never competing with it), so /review keeps working offline next time.
// Production only: the worker is built by `npm run build` (scripts/build-service-worker.ts).
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () => void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  }, []);
  return null;
}
