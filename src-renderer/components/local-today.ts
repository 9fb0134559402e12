/** Today on the user's own calendar as YYYY-MM-DD (not UTC, which is yesterday before 2 or 3 a.m. in Finland). */
export function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
