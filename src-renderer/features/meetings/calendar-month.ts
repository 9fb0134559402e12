/**
 * The weeks of a month as a calendar shows them in Finland: Monday first, days of the previous and
 * next month filling the first and last week. Pure, so the calendar's grid is easy to test.
 */
export interface CalendarDay {
  /** 'YYYY-MM-DD' */
  date: string;
  day: number;
  inMonth: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** `month` is 1–12. */
export function monthWeeks(year: number, month: number): CalendarDay[][] {
  const first = new Date(year, month - 1, 1);
  // getDay: 0 = Sunday; Monday-first offset
  const lead = (first.getDay() + 6) % 7;
  const start = new Date(year, month - 1, 1 - lead);
  const weeks: CalendarDay[][] = [];
  const cursor = new Date(start);
  do {
    const week: CalendarDay[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push({ date: iso(cursor), day: cursor.getDate(), inMonth: cursor.getMonth() === month - 1 });
      cursor.setDate(cursor.getDate() + 1);
    }
    weeks.push(week);
  } while (cursor.getMonth() === month - 1);
  return weeks;
}

/** The first and last day of a month, for the list call's from/to. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  const last = new Date(year, month, 0).getDate();
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(last)}` };
}

export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
