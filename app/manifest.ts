import type { MetadataRoute } from "next";

// Installable on a phone's home screen; opens straight into the day's review.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/review",
    name: "Zhongwen News Cards",
    short_name: "News Cards",
    description: "Learn the Chinese of real news and diplomacy, and review it every day, offline too.",
    start_url: "/review",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#fafaf9",
    theme_color: "#991b1b",
    lang: "en",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
