// Runs in every test worker before the tests: point the app's code at this run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.SRS_FUZZ = "0";
