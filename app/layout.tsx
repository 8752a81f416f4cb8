import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/site-header";
import { RegisterServiceWorker } from "@/components/pwa/register-service-worker";

export const metadata: Metadata = {
  title: { default: "Zhongwen News Cards", template: "%s · Zhongwen News Cards" },
  description: "Learn the Chinese of real news and diplomacy: read real transcripts, save words and set phrases, review with FSRS.",
  icons: { icon: "/favicon.ico", apple: "/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "News Cards", statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#991b1b" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-stone-50 text-stone-900 antialiased">
        <SiteHeader />
        <main className="mx-auto w-full max-w-5xl px-4 pb-24 pt-6 sm:pb-10">{children}</main>
        <RegisterServiceWorker />
      </body>
    </html>
  );
}
