// One fresh database per `npm test` run, on DATABASE_URL's server when given (CI) or on the
// embedded PostgreSQL otherwise; migrated like production, dropped at the end.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("test");
  process.env.DATABASE_URL = database.url;
  process.env.TEST_ADMIN_DATABASE_URL = database.adminUrl;
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    baseUrl: string;
  }
}
