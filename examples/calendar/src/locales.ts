// Month and weekday names and date formats for each supported locale. The tables
// are data, not code: a translator edits them, so they are plain literals, and everything derived
// from them (the lookups the parser uses) is built once when the module loads.

import type { Weekday } from './dates.js';

export interface LocaleFormats {
  /** Numeric date, as on a form: 03/14/2024 in the US, 14.03.2024 in Germany. */
  readonly short: string;
  /** Abbreviated month: Mar 14, 2024. */
  readonly medium: string;
  /** Full month name: March 14, 2024. */
  readonly long: string;
  /** With the weekday: Thursday, March 14, 2024. */
  readonly full: string;
  /** A calendar heading: March 2024. */
  readonly monthYear: string;
}

export interface Locale {
  readonly code: string;
  /** The language's own name for itself, for a language picker. */
  readonly name: string;
  /** January first. */
  readonly months: readonly string[];
  readonly monthsShort: readonly string[];
  /** Sunday first, to match weekday() numbers. */
  readonly weekdays: readonly string[];
  readonly weekdaysShort: readonly string[];
  /** The first column of a month view: Sunday in the US, Monday in most of Europe. */
  readonly firstDayOfWeek: Weekday;
  readonly formats: LocaleFormats;
  /** 1st, 2nd; 1er; 1.; 1º. */
  readonly ordinal: (n: number) => string;
}

/** English ordinals: 1st, 2nd, 3rd, 4th, but 11th, 12th, 13th, and 21st again. */
export function englishOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) {
    return `${n}th`;
  }
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_US: Locale = {
  code: 'en-US',
  name: 'English (United States)',
  months: EN_MONTHS,
  monthsShort: EN_MONTHS_SHORT,
  weekdays: EN_WEEKDAYS,
  weekdaysShort: EN_WEEKDAYS_SHORT,
  firstDayOfWeek: 0,
  formats: {
    short: 'MM/DD/YYYY',
    medium: 'MMM D, YYYY',
    long: 'MMMM D, YYYY',
    full: 'dddd, MMMM D, YYYY',
    monthYear: 'MMMM YYYY',
  },
  ordinal: englishOrdinal,
};

// British English shares the words but not the order: day before month, Monday first.
const EN_GB: Locale = {
  code: 'en-GB',
  name: 'English (United Kingdom)',
  months: EN_MONTHS,
  monthsShort: EN_MONTHS_SHORT,
  weekdays: EN_WEEKDAYS,
  weekdaysShort: EN_WEEKDAYS_SHORT,
  firstDayOfWeek: 1,
  formats: {
    short: 'DD/MM/YYYY',
    medium: 'D MMM YYYY',
    long: 'D MMMM YYYY',
    full: 'dddd D MMMM YYYY',
    monthYear: 'MMMM YYYY',
  },
  ordinal: englishOrdinal,
};

const DE_DE: Locale = {
  code: 'de-DE',
  name: 'Deutsch (Deutschland)',
  months: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  monthsShort: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  weekdaysShort: ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'],
  firstDayOfWeek: 1,
  formats: {
    short: 'DD.MM.YYYY',
    medium: 'D. MMM YYYY',
    long: 'D. MMMM YYYY',
    full: 'dddd, D. MMMM YYYY',
    monthYear: 'MMMM YYYY',
  },
  ordinal: (n) => `${n}.`,
};

const FR_FR: Locale = {
  code: 'fr-FR',
  name: 'Français (France)',
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  monthsShort: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  weekdaysShort: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  firstDayOfWeek: 1,
  formats: {
    short: 'DD/MM/YYYY',
    medium: 'D MMM YYYY',
    long: 'D MMMM YYYY',
    full: 'dddd D MMMM YYYY',
    monthYear: 'MMMM YYYY',
  },
  // French writes "1er" for the first of the month and plain numbers after it.
  ordinal: (n) => (n === 1 ? '1er' : `${n}`),
};

const ES_ES: Locale = {
  code: 'es-ES',
  name: 'Español (España)',
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  monthsShort: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  weekdaysShort: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
  firstDayOfWeek: 1,
  formats: {
    short: 'DD/MM/YYYY',
    medium: 'D MMM YYYY',
    long: 'D [de] MMMM [de] YYYY',
    full: 'dddd, D [de] MMMM [de] YYYY',
    monthYear: 'MMMM [de] YYYY',
  },
  ordinal: (n) => `${n}º`,
};

const NL_NL: Locale = {
  code: 'nl-NL',
  name: 'Nederlands (Nederland)',
  months: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  monthsShort: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  weekdaysShort: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  firstDayOfWeek: 1,
  formats: {
    short: 'DD-MM-YYYY',
    medium: 'D MMM YYYY',
    long: 'D MMMM YYYY',
    full: 'dddd D MMMM YYYY',
    monthYear: 'MMMM YYYY',
  },
  ordinal: (n) => `${n}e`,
};

/** Every locale, in the order a language picker lists them. */
export const LOCALES: readonly Locale[] = [EN_US, EN_GB, DE_DE, FR_FR, ES_ES, NL_NL];

export const DEFAULT_LOCALE = 'en-US';

const BY_CODE: ReadonlyMap<string, Locale> = new Map(LOCALES.map((locale) => [locale.code.toLowerCase(), locale]));

// A bare language picks its main region: "de" is de-DE, "en" is en-US, "es" is es-ES.
const LANGUAGE_DEFAULTS: Readonly<Record<string, string>> = {
  en: 'en-US',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  nl: 'nl-NL',
};

/**
 * English outside North America writes dates the British way (14/03/2024, Monday first), so
 * those regions get en-GB, not the en-US a bare "en" would give.
 */
const ALIASES: Readonly<Record<string, string>> = {
  'en-uk': 'en-GB',
  'en-ie': 'en-GB',
  'en-au': 'en-GB',
  'en-nz': 'en-GB',
  'en-in': 'en-GB',
  'en-za': 'en-GB',
};

/**
 * The locale for a code, forgiving about case, underscores and regions we lack: "EN_gb" is en-GB,
 * "en-AU" is en-GB too, "de-AT" falls back to de-DE, and anything unknown to DEFAULT_LOCALE.
 */
export function getLocale(code: string = DEFAULT_LOCALE): Locale {
  // Browsers and operating systems send en_GB as often as en-GB.
  const key = code.trim().toLowerCase().replace('_', '-');
  const exact = BY_CODE.get((ALIASES[key] ?? key).toLowerCase());
  if (exact !== undefined) {
    return exact;
  }
  const language = key.split('-')[0] ?? '';
  const fallback = LANGUAGE_DEFAULTS[language];
  if (fallback !== undefined) {
    return BY_CODE.get(fallback.toLowerCase())!;
  }
  return BY_CODE.get(DEFAULT_LOCALE.toLowerCase())!;
}

export function isSupportedLocale(code: string): boolean {
  return BY_CODE.has(code.trim().toLowerCase());
}

/**
 * Month names of every locale, lower-cased, full and abbreviated (with and without the trailing
 * dot), to the month number. Parsing "14 März 2024" or "Mar 14" needs no locale argument this
 * way. Where two locales use the same word for different months there is none: no clash exists
 * in these tables ("mar" is March everywhere it occurs).
 */
export const MONTH_LOOKUP: ReadonlyMap<string, number> = new Map(
  LOCALES.flatMap((locale) =>
    [...locale.months, ...locale.monthsShort].flatMap((name, index) => {
      const month = (index % 12) + 1;
      const lower = name.toLowerCase();
      const bare = lower.replace(/\.$/, '');
      return bare === lower ? [[lower, month] as const] : [[lower, month] as const, [bare, month] as const];
    }),
  ),
);

/** The month number for a name in any locale, or undefined. */
export function monthFromName(name: string): number | undefined {
  return MONTH_LOOKUP.get(name.trim().toLowerCase());
}

/** The weekday (0-6) for a name in the given locale, full or abbreviated. */
export function weekdayFromName(name: string, localeCode?: string): Weekday | undefined {
  const locale = getLocale(localeCode);
  const wanted = name.trim().toLowerCase();
  const full = locale.weekdays.findIndex((day) => day.toLowerCase() === wanted);
  if (full >= 0) {
    return full as Weekday;
  }
  const short = locale.weekdaysShort.findIndex((day) => day.toLowerCase().replace(/\.$/, '') === wanted.replace(/\.$/, ''));
  return short >= 0 ? (short as Weekday) : undefined;
}

/** The weekday names in display order for a month view, starting at the locale's first day. */
export function weekdayHeaders(localeCode?: string, short = true): string[] {
  const locale = getLocale(localeCode);
  const names = short ? locale.weekdaysShort : locale.weekdays;
  return names.map((_, index) => names[(index + locale.firstDayOfWeek) % 7]!);
}
