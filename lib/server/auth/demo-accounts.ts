/** The demo passwords are public knowledge: the sign-in page lists them only in development (`npm run dev`), never under `npm start`. */
export function showDemoAccounts(env: string | undefined = process.env.NODE_ENV): boolean {
  return env === "development";
}
