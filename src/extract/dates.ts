/**
 * Dates of events as printed: 7月7日下午, 2019年10月1日, 30日 (month from the issue),
 * 是日下午 / 当天 (the date already given), 昨天 / 今天 (from the issue date), 近日 / 日前
 * (no day: the date stays unknown). Dates come out as MM-DD, or YYYY-MM-DD when the issue
 * date is known.
 */

export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

export interface FoundDate {
  /** MM-DD, YYYY-MM-DD, or null for 近日 / 日前. */
  date: string | null;
  timeOfDay?: TimeOfDay;
  /** The expression as printed. */
  text: string;
}

const times: Record<string, TimeOfDay> = {
  上午: 'morning',
  早上: 'morning',
  清晨: 'morning',
  凌晨: 'night',
  中午: 'afternoon',
  下午: 'afternoon',
  傍晚: 'evening',
  晚上: 'evening',
  晚间: 'evening',
  晚: 'evening',
  夜间: 'night',
};

const dateRe =
  /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日|(是日|当天|当日|昨天|昨日|今天|今日|前天|近日|日前)/g;
const timeRe = /^(?:上午|早上|清晨|凌晨|中午|下午|傍晚|晚上|晚间|夜间|晚)/;

const pad = (n: number): string => String(n).padStart(2, '0');

function shift(issue: string, days: number): string {
  const day = new Date(`${issue}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Month-day (and maybe year) placed in the issue's year, or the year before for a later month. */
function resolve(year: number | null, month: number, day: number, issue?: string): string {
  if (year) return `${year}-${pad(month)}-${pad(day)}`;
  if (!issue) return `${pad(month)}-${pad(day)}`;
  const issueYear = Number(issue.slice(0, 4));
  const issueMonth = Number(issue.slice(5, 7));
  return `${month > issueMonth ? issueYear - 1 : issueYear}-${pad(month)}-${pad(day)}`;
}

/** Every date expression of a text, in order; relative ones resolved against `previous` and the issue date. */
export function findDates(text: string, issue?: string, previous?: FoundDate): FoundDate[] {
  const found: FoundDate[] = [];
  let last = previous;
  for (const match of text.normalize('NFKC').matchAll(dateRe)) {
    const end = (match.index ?? 0) + match[0].length;
    const time = text.slice(end, end + 2).match(timeRe)?.[0];
    let date: string | null = null;
    const word = match[4];
    if (word === '是日' || word === '当天' || word === '当日') date = last?.date ?? null;
    else if (word === '昨天' || word === '昨日') date = issue ? shift(issue, -1) : null;
    else if (word === '前天') date = issue ? shift(issue, -2) : null;
    else if (word === '今天' || word === '今日') date = issue ?? null;
    else if (word) date = null;
    else {
      const day = Number(match[3]);
      const monthText = match[2];
      let month = monthText ? Number(monthText) : null;
      if (month === null) {
        // 30日 alone: the month of the date before it, else of the issue.
        const before = last?.date?.match(/(\d{2})-\d{2}$/)?.[1];
        month = before ? Number(before) : issue ? Number(issue.slice(5, 7)) : null;
      }
      if (month === null || month < 1 || month > 12 || day < 1 || day > 31) continue;
      date = resolve(match[1] ? Number(match[1]) : null, month, day, issue);
    }
    const item: FoundDate = { date, text: match[0] + (time ?? '') };
    if (time) item.timeOfDay = times[time];
    found.push(item);
    last = item;
  }
  return found;
}
