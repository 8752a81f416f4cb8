// Where to go after signing in comes from the URL (?callbackUrl=), so an attacker can write it.
// Browsers are generous readers of a Location or a link: "\" counts as "/", tabs and newlines are
// dropped, "//host" and "/\host" mean another host. So the target is parsed as a URL against a
// placeholder origin and accepted only if it stays on that origin, starts with exactly one "/",
// and neither the raw text nor the decoded path holds a backslash, a control character or "//".

export const DEFAULT_AFTER_SIGNIN = "/lessons";
const BASE = "https://app.invalid";
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\\s\u2028\u2029]/;

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** A same-origin path ("/notes?q=x#y") safe to redirect to, or `fallback`. */
export function safeRedirectPath(raw: unknown, fallback = DEFAULT_AFTER_SIGNIN): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || UNSAFE.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const decoded = decodedPath(url.pathname);
  if (decoded === null || decoded.startsWith("//") || UNSAFE.test(decoded)) return fallback;
  return url.pathname + url.search + url.hash;
}

/** For next-auth's redirect callback: absolute URLs on our own origin become paths, anything else the fallback. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  let path: unknown = url;
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      path = parsed.origin === new URL(baseUrl).origin ? parsed.pathname + parsed.search + parsed.hash : null;
    } catch {
      path = null;
    }
  }
  return new URL(safeRedirectPath(path), baseUrl).toString();
}
