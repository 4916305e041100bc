import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../src/dates.js';
import { formatISO } from '../src/format.js';
import {
  type Holiday,
  daysOff,
  easterSunday,
  getCountry,
  holidayOn,
  holidaysForYear,
  isHoliday,
  nextHoliday,
  nthWeekdayOfMonth,
  supportedCountries,
} from '../src/holidays.js';

const d = (year: number, month: number, day: number): CivilDate => ({ year, month, day });

/** "2024-12-25 Christmas Day", or with "→ observed" when the day off differs. */
function summary(holidays: readonly Holiday[]): string[] {
  return holidays.map((h) => {
    const observed = formatISO(h.observed) === formatISO(h.date) ? '' : ` → ${formatISO(h.observed)}`;
    return `${formatISO(h.date)} ${h.name}${observed}`;
  });
}

describe('easterSunday', () => {
  it.each([
    [2024, d(2024, 3, 31)],
    [2025, d(2025, 4, 20)],
    [2000, d(2000, 4, 23)],
    [2008, d(2008, 3, 23)],
    [2285, d(2285, 3, 22)],
  ])('Easter %i is %o', (year, expected) => {
    expect(easterSunday(year)).toEqual(expected);
  });
});

describe('nthWeekdayOfMonth', () => {
  it('finds the last Monday of May', () => {
    expect(nthWeekdayOfMonth(2024, 5, 1, -1)).toEqual(d(2024, 5, 27));
  });

  it('has no 5th Monday in a month with four', () => {
    expect(nthWeekdayOfMonth(2024, 2, 1, 5)).toBeUndefined();
    expect(nthWeekdayOfMonth(2024, 4, 1, 5)).toEqual(d(2024, 4, 29));
  });
});

describe('countries', () => {
  it('lists the supported countries', () => {
    expect(supportedCountries()).toEqual(['US', 'GB', 'DE', 'FR', 'NL', 'NZ', 'SE']);
  });

  it('accepts common aliases and any case', () => {
    expect(getCountry('uk').code).toBe('GB');
    expect(getCountry(' usa ').name).toBe('United States');
    expect(getCountry('de').name).toBe('Germany');
  });

  it('refuses a country it has no rules for', () => {
    expect(() => getCountry('XX')).toThrow('No holiday rules for country "XX"');
  });
});

describe('United States', () => {
  it('lists the federal holidays of 2024', () => {
    expect(summary(holidaysForYear('US', 2024))).toEqual([
      "2024-01-01 New Year's Day",
      '2024-01-15 Martin Luther King Jr. Day',
      "2024-02-19 Washington's Birthday",
      '2024-05-27 Memorial Day',
      '2024-06-19 Juneteenth National Independence Day',
      '2024-07-04 Independence Day',
      '2024-09-02 Labor Day',
      '2024-10-14 Columbus Day',
      '2024-11-11 Veterans Day',
      '2024-11-28 Thanksgiving Day',
      '2024-12-25 Christmas Day',
    ]);
  });

  it('moves Saturday holidays to Friday and Sunday ones to Monday', () => {
    const observed = summary(holidaysForYear('US', 2021)).filter((line) => line.includes('→'));
    expect(observed).toEqual([
      '2021-06-19 Juneteenth National Independence Day → 2021-06-18',
      '2021-07-04 Independence Day → 2021-07-05',
      '2021-12-25 Christmas Day → 2021-12-24',
    ]);
  });

  it('has no Juneteenth before 2021', () => {
    expect(holidaysForYear('US', 2020).map((h) => h.name)).not.toContain('Juneteenth National Independence Day');
  });

  it("takes next year's New Year's Day off on 31 December", () => {
    expect(daysOff('US', 2021).size).toBe(12);
    expect(isHoliday('US', d(2021, 12, 31))).toBe(true);
  });
});

describe('United Kingdom', () => {
  it('lists the bank holidays of England and Wales in 2024', () => {
    expect(summary(holidaysForYear('GB', 2024))).toEqual([
      "2024-01-01 New Year's Day",
      '2024-03-29 Good Friday',
      '2024-04-01 Easter Monday',
      '2024-05-06 Early May bank holiday',
      '2024-05-27 Spring bank holiday',
      '2024-08-26 Summer bank holiday',
      '2024-12-25 Christmas Day',
      '2024-12-26 Boxing Day',
    ]);
  });

  it('gives substitute days after a Christmas weekend', () => {
    expect(summary(holidaysForYear('GB', 2021)).slice(-2)).toEqual([
      '2021-12-25 Christmas Day → 2021-12-27',
      '2021-12-26 Boxing Day → 2021-12-28',
    ]);
  });

  it('moves a Sunday Christmas past a Monday Boxing Day', () => {
    expect(summary(holidaysForYear('GB', 2022)).slice(-2)).toEqual([
      '2022-12-25 Christmas Day → 2022-12-27',
      '2022-12-26 Boxing Day',
    ]);
  });
});

describe('Germany, France and the Netherlands', () => {
  it('computes the Easter-based German holidays', () => {
    const names = holidaysForYear('DE', 2024).map((h) => `${formatISO(h.date)} ${h.localName}`);
    expect(names).toEqual([
      '2024-01-01 Neujahr',
      '2024-03-29 Karfreitag',
      '2024-04-01 Ostermontag',
      '2024-05-01 Tag der Arbeit',
      '2024-05-09 Christi Himmelfahrt',
      '2024-05-20 Pfingstmontag',
      '2024-10-03 Tag der Deutschen Einheit',
      '2024-12-25 Erster Weihnachtstag',
      '2024-12-26 Zweiter Weihnachtstag',
    ]);
  });

  it('has no German Unity Day before reunification', () => {
    expect(holidaysForYear('DE', 1989)).toHaveLength(8);
  });

  it('lists the French holidays', () => {
    expect(summary(holidaysForYear('FR', 2024))).toEqual([
      "2024-01-01 New Year's Day",
      '2024-04-01 Easter Monday',
      '2024-05-01 Labour Day',
      '2024-05-08 Victory in Europe Day',
      '2024-05-09 Ascension Day',
      '2024-05-20 Whit Monday',
      '2024-07-14 Bastille Day',
      '2024-08-15 Assumption Day',
      '2024-11-01 All Saints\' Day',
      '2024-11-11 Armistice Day',
      '2024-12-25 Christmas Day',
    ]);
  });

  it('celebrates the Dutch King on Saturday when the 27th is a Sunday', () => {
    const kingsDay = holidaysForYear('NL', 2025).find((h) => h.localName === 'Koningsdag');
    expect(kingsDay?.observed).toEqual(d(2025, 4, 26));
    expect(holidayOn('NL', d(2024, 4, 27))?.name).toBe("King's Day");
  });

  it("had Queen's Day until 2013", () => {
    expect(holidayOn('NL', d(2013, 4, 30))?.localName).toBe('Koninginnedag');
    expect(holidayOn('NL', d(2014, 4, 30))).toBeUndefined();
    expect(holidayOn('NL', d(2006, 4, 29))?.name).toBe("Queen's Day");
  });

  it('lists the Dutch holidays under both names', () => {
    const names = holidaysForYear('NL', 2024).map((h) => `${formatISO(h.date)} ${h.name} (${h.localName})`);
    expect(names).toEqual([
      "2024-01-01 New Year's Day (Nieuwjaarsdag)",
      '2024-03-29 Good Friday (Goede Vrijdag)',
      '2024-03-31 Easter Sunday (Eerste Paasdag)',
      '2024-04-01 Easter Monday (Tweede Paasdag)',
      "2024-04-27 King's Day (Koningsdag)",
      '2024-05-05 Liberation Day (Bevrijdingsdag)',
      '2024-05-09 Ascension Day (Hemelvaartsdag)',
      '2024-05-19 Whit Sunday (Eerste Pinksterdag)',
      '2024-05-20 Whit Monday (Tweede Pinksterdag)',
      '2024-12-25 Christmas Day (Eerste Kerstdag)',
      '2024-12-26 Second Day of Christmas (Tweede Kerstdag)',
    ]);
  });
});

describe('New Zealand and Sweden', () => {
  it('Mondayises Waitangi Day and Anzac Day', () => {
    expect(holidayOn('NZ', d(2021, 2, 8))?.name).toBe('Waitangi Day');
    expect(holidayOn('NZ', d(2021, 4, 26))?.name).toBe('Anzac Day');
  });

  it('gives two substitute days for a New Year weekend', () => {
    expect(isHoliday('NZ', d(2022, 1, 3))).toBe(true);
    expect(isHoliday('NZ', d(2022, 1, 4))).toBe(true);
  });

  it('takes Matariki from the table', () => {
    expect(holidayOn('NZ', d(2024, 6, 28))?.name).toBe('Matariki');
    expect(holidaysForYear('NZ', 2021).map((h) => h.name)).not.toContain('Matariki');
  });

  it('lists the Swedish holidays of 2024, Midsummer and All Saints on their weekdays', () => {
    expect(summary(holidaysForYear('SE', 2024))).toEqual([
      "2024-01-01 New Year's Day",
      '2024-01-06 Epiphany',
      '2024-03-29 Good Friday',
      '2024-03-31 Easter Sunday',
      '2024-04-01 Easter Monday',
      '2024-05-01 May Day',
      '2024-05-09 Ascension Day',
      '2024-05-19 Whit Sunday',
      '2024-06-06 National Day of Sweden',
      '2024-06-21 Midsummer Eve',
      '2024-06-22 Midsummer Day',
      "2024-11-02 All Saints' Day",
      '2024-12-25 Christmas Day',
      '2024-12-26 Boxing Day',
    ]);
  });
});

describe('lookups', () => {
  it('finds the next holiday, into next year', () => {
    expect(nextHoliday('US', d(2024, 7, 4))?.name).toBe('Labor Day');
    expect(nextHoliday('US', d(2024, 12, 25))?.date).toEqual(d(2025, 1, 1));
  });

  it('knows an ordinary day is not a holiday', () => {
    expect(isHoliday('DE', d(2024, 3, 14))).toBe(false);
    expect(holidayOn('DE', d(2024, 3, 14))).toBeUndefined();
  });

  it('uses the local name when there is one and the English one otherwise', () => {
    expect(holidayOn('FR', d(2024, 7, 14))?.localName).toBe('Fête nationale');
    expect(holidayOn('GB', d(2024, 12, 26))?.localName).toBe('Boxing Day');
  });
});
