export const ownDataOnly: Record<string, string> = {
  "PATCH /api/settings": "writes only the caller's own SchedulingSettings row (keyed by the session's user id)",
  "PATCH /api/settings/account": "renames only the caller",
  "POST /api/settings/password": "changes only the caller's password",
};
