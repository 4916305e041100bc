import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  MONTH_LOOKUP,
  englishOrdinal,
  getLocale,
  isSupportedLocale,
  monthFromName,
  weekdayFromName,
  weekdayHeaders,
} from '../src/locales.js';

describe('getLocale', () => {
  it.each([
    ['en-US', 'en-US'],
    ['EN_gb', 'en-GB'],
    ['es-AR', 'es-ES'],
    ['en_AU', 'en-GB'],
    ['fr', 'fr-FR'],
    ['xx-YY', 'en-US'],
  ])('%s resolves to %s', (code, expected) => {
    expect(getLocale(code).code).toBe(expected);
  });

  it('knows which codes it supports exactly', () => {
    expect(isSupportedLocale('de-DE')).toBe(true);
    expect(isSupportedLocale('de-AT')).toBe(false);
  });
});

describe('locale tables', () => {
  it('has twelve months and seven weekdays everywhere', () => {
    for (const locale of LOCALES) {
      expect(locale.months).toHaveLength(12);
      expect(locale.monthsShort).toHaveLength(12);
      expect(locale.weekdays).toHaveLength(7);
      expect(locale.weekdaysShort).toHaveLength(7);
    }
  });

  it('spells the English months', () => {
    expect(getLocale('en').months).toEqual([
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
    ]);
    expect(getLocale('en').monthsShort.join(' ')).toBe('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
  });

  it('spells the English weekdays', () => {
    expect(getLocale('en-GB').weekdays.join(',')).toBe('Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday');
    expect(getLocale('en-GB').weekdaysShort.join(',')).toBe('Sun,Mon,Tue,Wed,Thu,Fri,Sat');
  });

  it('spells the German months and weekdays', () => {
    const de = getLocale('de');
    expect(de.months.join(' ')).toBe(
      'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    );
    expect(de.monthsShort.join(' ')).toBe('Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.');
    expect(de.weekdays.join(' ')).toBe('Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag');
    expect(de.weekdaysShort.join(' ')).toBe('So. Mo. Di. Mi. Do. Fr. Sa.');
  });

  it('spells the French months and weekdays', () => {
    const fr = getLocale('fr');
    expect(fr.months.join(' ')).toBe(
      'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    );
    expect(fr.weekdays.join(' ')).toBe('dimanche lundi mardi mercredi jeudi vendredi samedi');
  });

  it('abbreviates the Spanish and Dutch months', () => {
    expect(getLocale('es').monthsShort.join(' ')).toBe('ene feb mar abr may jun jul ago sept oct nov dic');
    expect(getLocale('nl').monthsShort.join(' ')).toBe('jan feb mrt apr mei jun jul aug sep okt nov dec');
  });

  it('spells the Spanish and Dutch months', () => {
    expect(getLocale('es').months.join(' ')).toBe(
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    );
    expect(getLocale('nl').months.join(' ')).toBe(
      'januari februari maart april mei juni juli augustus september oktober november december',
    );
  });

  it('starts the week on Sunday only in the US', () => {
    expect(LOCALES.filter((locale) => locale.firstDayOfWeek === 0).map((locale) => locale.code)).toEqual(['en-US']);
  });
});

describe('englishOrdinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [21, '21st'],
  ])('%i is %s', (n, expected) => {
    expect(englishOrdinal(n)).toBe(expected);
  });

  it('gives other languages their own ordinals', () => {
    expect(getLocale('de').ordinal(3)).toBe('3.');
    expect(getLocale('fr').ordinal(1)).toBe('1er');
    expect(getLocale('fr').ordinal(2)).toBe('2');
  });
});

describe('month names', () => {
  it.each([
    ['March', 3],
    ['März', 3],
    ['Dez.', 12],
    ['septiembre', 9],
  ])('%s is month %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it('does not know made-up months', () => {
    expect(monthFromName('Smarch')).toBeUndefined();
  });

  it('has an entry for every name of every locale', () => {
    expect(MONTH_LOOKUP.size).toBeGreaterThan(80);
  });
});

describe('weekday names', () => {
  it('reads full and short names in the given locale', () => {
    expect(weekdayFromName('Thursday')).toBe(4);
    expect(weekdayFromName('mi.', 'de')).toBe(3);
    expect(weekdayFromName('Mi', 'de')).toBe(3);
    expect(weekdayFromName('samedi', 'fr')).toBe(6);
  });

  it('returns undefined for a name it does not know', () => {
    expect(weekdayFromName('Caturday')).toBeUndefined();
  });

  it('lists the headers of a month view from the first day of the week', () => {
    expect(weekdayHeaders('en-US')).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(weekdayHeaders('de-DE')).toEqual(['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.']);
    expect(weekdayHeaders('en-GB', false)[0]).toBe('Monday');
  });
});
