import "server-only";

// CSRF defence for every mutating request, beyond SameSite=Lax (which lets a page on another port
// or another subdomain of the same site through). A browser marks its own requests: Sec-Fetch-Site
// (all current browsers) says whether the page that sent it is same-origin; Origin (sent with every
// POST) names that page's origin. Neither can be set by a script on another site.

export const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The hosts this app answers as: the request's Host (or a trusted proxy's X-Forwarded-Host) and NEXTAUTH_URL's. */
function ownHosts(headers: Headers, url?: string): string[] {
  const fromUrl = url ? hostOf(url) : null;
  const hosts = [headers.get("x-forwarded-host"), headers.get("host"), fromUrl].filter((h): h is string => !!h).map((h) => h.toLowerCase());
  const configured = process.env.NEXTAUTH_URL ? hostOf(process.env.NEXTAUTH_URL) : null;
  return configured ? [...hosts, configured] : hosts;
}

/** null when the request comes from one of our own pages, else why it is refused. */
export function crossOriginReason(headers: Headers, url?: string): string | null {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" ? null : `This request came from another site (Sec-Fetch-Site: ${site}).`;
  const origin = headers.get("origin");
  if (!origin) return "This request has no Origin header; send the app's origin (e.g. -H 'Origin: https://your.host').";
  const host = hostOf(origin);
  if (!host || !ownHosts(headers, url).includes(host)) return `Requests from ${origin} are not accepted.`;
  return null;
}

/** null when the body's Content-Type is one the route reads, else why not. */
export function contentTypeReason(headers: Headers, accepts: readonly string[]): string | null {
  const type = (headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!type) {
    const length = Number(headers.get("content-length") ?? 0);
    return length > 0 || headers.has("transfer-encoding") ? `Send the body as ${accepts.join(" or ")}.` : null;
  }
  return accepts.includes(type) ? null : `Content-Type ${type} is not accepted here; send ${accepts.join(" or ")}.`;
}
