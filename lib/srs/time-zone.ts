// Time-zone names come from users (settings form, browser); check them before any date maths.
const known = new Set<string>();

export function isValidTimeZone(timeZone: string): boolean {
  if (known.has(timeZone)) return true;
  if (timeZone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    return false;
  }
  known.add(timeZone);
  return true;
}
