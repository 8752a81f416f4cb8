// Preloaded into the Next.js server process (`node --import`, set by scripts/run-next.ts and the
// browser tests' setup): before Next sees a request, X-Forwarded-For is replaced by the one client
// address we can vouch for, and X-Forwarded-Proto/-Host are kept only when they come from a trusted
// proxy. Next itself keeps whatever X-Forwarded-For a client sends, and the app has no access to
// the socket, so without this any client could pick its own address for the rate limits.
//
// TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse proxies in front of the
// app (e.g. "127.0.0.1,10.0.0.0/8"). Empty (the default): no proxy is trusted and the client is
// the socket's peer. Plain JavaScript so it loads before anything else, with no build step.
import net from "node:net";
import http from "node:http";
import https from "node:https";

function normalize(address) {
  const a = String(address ?? "").trim().replace(/^\[|\]$/g, "");
  return a.startsWith("::ffff:") && net.isIPv4(a.slice(7)) ? a.slice(7) : a;
}

/** "127.0.0.1, 10.0.0.0/8, ::1" → a BlockList; throws on an entry that is not an address or range. */
export function parseTrustedProxies(spec) {
  const list = new net.BlockList();
  for (const entry of String(spec ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

function isTrusted(list, address) {
  const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
  return family !== null && list.check(address, family);
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then walk
 * X-Forwarded-For from the right (each proxy appends the address it saw) past trusted proxies.
 * Entries left of the first untrusted one were written by the client and are ignored.
 */
export function resolveClientAddress(socketAddress, forwardedFor, trusted) {
  let client = normalize(socketAddress);
  if (!isTrusted(trusted, client)) return client;
  const hops = String(forwardedFor ?? "").split(",").map(normalize).filter(Boolean);
  while (hops.length > 0) {
    const hop = hops.pop();
    if (!net.isIP(hop)) break;
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return client;
}

function lastValue(header) {
  const value = Array.isArray(header) ? header[header.length - 1] : header;
  return value === undefined ? undefined : String(value).split(",").pop().trim();
}

export function sanitizeForwardedHeaders(req, trusted) {
  const peer = normalize(req.socket && req.socket.remoteAddress);
  const fromProxy = isTrusted(trusted, peer);
  req.headers["x-forwarded-for"] = resolveClientAddress(peer, req.headers["x-forwarded-for"], trusted);
  const proto = fromProxy ? lastValue(req.headers["x-forwarded-proto"]) : undefined;
  const host = fromProxy ? lastValue(req.headers["x-forwarded-host"]) : undefined;
  if (proto === "https" || proto === "http") req.headers["x-forwarded-proto"] = proto;
  else delete req.headers["x-forwarded-proto"];
  if (host) req.headers["x-forwarded-host"] = host;
  else delete req.headers["x-forwarded-host"];
}

function install() {
  const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    Server.prototype.emit = function (event, req, ...rest) {
      if (event === "request" && req && req.headers) sanitizeForwardedHeaders(req, trusted);
      return emit.call(this, event, req, ...rest);
    };
  }
}

if (process.env.NEWSCARDS_TRUSTED_PROXY_PRELOAD === "1") install();
