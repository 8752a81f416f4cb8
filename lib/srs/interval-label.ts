// Short interval labels for answer buttons, in Anki's style: "<1m", "10m", "1.5h", "2d", "3.5mo", "1.2y".
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

export function formatInterval(ms: number): string {
  if (ms < MINUTE) return "<1m";
  // Each unit is used only while its rounded value stays below the next unit, so 59.6 minutes
  // reads "1h" rather than "60m".
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = oneDecimal(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(ms / DAY);
  if (days < 30) return `${days}d`;
  const months = oneDecimal(ms / DAY / 30);
  if (months < 12) return `${months}mo`;
  return `${oneDecimal(ms / DAY / 365)}y`;
}
