import { z } from "zod";

// Validated once, lazily (so `next build` does not need a database). The start scripts fill in
// DATABASE_URL (embedded PostgreSQL) and, for local development only, NEXTAUTH_SECRET.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  NEXTAUTH_SECRET: z.string({ error: "NEXTAUTH_SECRET is not set" }).min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.url().optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  /** Reverse proxies whose X-Forwarded-For/-Proto/-Host are believed (scripts/trusted-proxy.mjs reads it). */
  TRUSTED_PROXIES: z.string().default(""),
  /** "0" turns FSRS fuzz off (tests); on by default. */
  SRS_FUZZ: z.enum(["0", "1"]).default("1"),
});

export type Env = z.infer<typeof envSchema>;
let cached: Env | null = null;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration (see .env.example):\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}

/** The database URL alone (scripts that touch the database need no auth secret). */
export function getDatabaseUrl(): string {
  const parsed = envSchema.shape.DATABASE_URL.safeParse(process.env.DATABASE_URL);
  if (!parsed.success) throw new Error(`Invalid configuration: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
