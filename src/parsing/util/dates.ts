// Date text as printed in embeds, bylines and datelines → ISO strings with a precision.
import type { TimePrecision } from '../../domain/vocabulary';

export interface ParsedDate {
  /** "YYYY-MM-DD" (day), "YYYY-MM-DDTHH:mm" (minute, zone unknown) or a full UTC ISO string. */
  iso: string;
  precision: TimePrecision;
  /** The calendar day as printed ("YYYY-MM-DD"). */
  day: string;
  /** The printed wall-clock time as if it were UTC (ms), when a time of day is printed. */
  localMs?: number;
  /** Minutes east of UTC, when the printed zone is known. */
  offsetMinutes?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Offsets (minutes east of UTC) of zone abbreviations seen in embeds. */
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  PDT: -420,
  PST: -480,
  MDT: -360,
  MST: -420,
  CDT: -300,
  CST: -360,
  EDT: -240,
  EST: -300,
  AKDT: -480,
  AKST: -540,
  HST: -600,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  WET: 0,
  WEST: 60,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function monthNumber(name: string): number | null {
  return (
    MONTHS[
      name
        .toLowerCase()
        .replace(/\.$/, '')
        .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? null
  );
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function dayIso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function withTime(y: number, m: number, d: number, time: RegExpMatchArray | null): ParsedDate {
  const day = dayIso(y, m, d);
  if (!time) return { iso: day, precision: 'day', day };
  let hour = Number(time[1]);
  const minute = Number(time[2] ?? 0);
  const ampm = time[3]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return { iso: day, precision: 'day', day };
  const zone = time[4]?.toUpperCase();
  const localMs = Date.UTC(y, m - 1, d, hour, minute);
  if (zone && zone in ZONES) {
    const ms = localMs - ZONES[zone] * 60000;
    return {
      iso: new Date(ms).toISOString(),
      precision: 'minute',
      day,
      localMs,
      offsetMinutes: ZONES[zone],
    };
  }
  return { iso: `${day}T${pad(hour)}:${pad(minute)}`, precision: 'minute', day, localMs };
}

/** "January 6, 2022", "Jan. 6th 2022" */
const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
);
/** "6 January 2022", "6th of Jan. 2022" */
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`,
  'i',
);
const TIME_RE = /(\d{1,2})[:.h](\d{2})\s*([ap]\.?m\.?)?\s*(?:\(?([A-Z]{1,5})\)?)?/i;

/**
 * Parses date text such as "January 6, 2022", "Jan. 6, 2022", "6 January 2022",
 * "Apr 27, 2020 at 9:24am PDT", "November 25, 2024 at 12:58 AM", "Thursday, August 27, 2015",
 * "2022-01-06", "2022-01-06T10:00:00Z", "06.01.2022" (day first). Null when nothing fits.
 */
export function parseDateText(raw: string | null | undefined): ParsedDate | null {
  if (!raw) return null;
  const text = raw.replace(/[\u00a0\s]+/g, ' ').trim();
  if (!text || text.length > 200) return null;

  // ISO forms
  const iso =
    /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(
      text,
    );
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDay(y, m, d)) {
      const day = dayIso(y, m, d);
      if (iso[4] === undefined) return { iso: day, precision: 'day', day };
      if (iso[7]) {
        const t = Date.parse(iso[0].replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
        if (!Number.isNaN(t)) return { iso: new Date(t).toISOString(), precision: 'minute', day };
      }
      return { iso: `${day}T${iso[4]}:${iso[5]}`, precision: 'minute', day };
    }
  }

  const rest = (end: number) => text.slice(end);
  // Month D, YYYY
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const m = monthNumber(mdy[1]);
    const [d, y] = [Number(mdy[2]), Number(mdy[3])];
    if (m && validDay(y, m, d))
      return withTime(
        y,
        m,
        d,
        TIME_RE.exec(rest(mdy.index + mdy[0].length)) ?? timeBefore(text, mdy.index),
      );
  }
  // D Month YYYY
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const m = monthNumber(dmy[2]);
    const [d, y] = [Number(dmy[1]), Number(dmy[3])];
    if (m && validDay(y, m, d))
      return withTime(
        y,
        m,
        d,
        TIME_RE.exec(rest(dmy.index + dmy[0].length)) ?? timeBefore(text, dmy.index),
      );
  }
  // DD.MM.YYYY or DD/MM/YYYY (day first, as European datelines write it)
  const num = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text);
  if (num) {
    let [d, m] = [Number(num[1]), Number(num[2])];
    const y = Number(num[3]);
    if (m > 12 && d <= 12) [d, m] = [m, d];
    if (validDay(y, m, d)) return withTime(y, m, d, null);
  }
  return null;
}

function timeBefore(text: string, index: number): RegExpMatchArray | null {
  // "6:45 PM · Jan 6, 2022" (the tweet page's own format)
  const m = /(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?\s*[·•-]\s*$/i.exec(text.slice(0, index));
  return m ? ([m[0], m[1], m[2], m[3], undefined] as unknown as RegExpMatchArray) : null;
}

/** Normalises a machine date (meta tag, JSON-LD, <time datetime>) to ISO, keeping a bare day as a day. */
export function normalizeMachineDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = String(raw).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text))
    return validDay(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10)) ? text : null;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) {
    const t = Date.parse(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!Number.isNaN(t)) {
      // keep the publisher's calendar day: a local time with offset keeps its own date
      const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
      return hasZone ? text.replace(' ', 'T') : text.replace(' ', 'T');
    }
  }
  if (/^\d{8}$/.test(text)) {
    const [y, m, d] = [+text.slice(0, 4), +text.slice(4, 6), +text.slice(6, 8)];
    return validDay(y, m, d) ? dayIso(y, m, d) : null;
  }
  if (/^\d{10,13}$/.test(text)) {
    const n = Number(text);
    const ms = text.length === 13 ? n : n * 1000;
    if (ms > Date.UTC(1995, 0, 1) && ms < Date.UTC(2100, 0, 1)) return new Date(ms).toISOString();
  }
  const parsed = parseDateText(text);
  return parsed ? parsed.iso : null;
}
