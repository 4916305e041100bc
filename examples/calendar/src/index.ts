// The public API of the calendar library.
export * from './dates.js';
export * from './locales.js';
export * from './format.js';
export * from './holidays.js';
export * from './business-days.js';
export * from './recurrence.js';
export * from './durations.js';
export * from './timezones.js';
