export const ownDataOnly: Record<string, string> = {
  "PATCH /api/settings": "writes only the caller's own SchedulingSettings row (keyed by the session's user id)",
  "PATCH /api/settings/account": "renames only the caller",
  "POST /api/settings/password": "changes only the caller's password (and ends only the caller's other sessions)",
  "DELETE /api/settings/sessions": "ends only the caller's own sessions (keyed by the session's user id)",
  "POST /api/settings/teacher-invite": "changes only the caller's own role; the code is not another user's data",
  "POST /api/settings/time-zone": "moves only the caller's own study days (keyed by the session's user id)",
  "PATCH /api/settings/privacy": "sets only the caller's own e-mail visibility",
};
