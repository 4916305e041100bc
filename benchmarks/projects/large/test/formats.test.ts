import { describe, expect, it } from 'vitest';
import { isHostname, isIPv4, isIsoDate, isIsoDateTime, isUuid } from '../src/formats';

describe('isIPv4', () => {
  it.each(['0.0.0.0', '255.255.255.255', '192.168.1.10', '10.0.0.1', '1.22.123.4'])('accepts %s', (text) => {
    expect(isIPv4(text)).toBe(true);
  });

  it.each([
    '256.0.0.1',
    '1.2.3.256',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.4',
    '1.2.3.00',
    '1.2.3.',
    '1..3.4',
    'a.b.c.d',
    '1.2.3.-4',
    '1234.1.1.1',
    ' 1.2.3.4',
    '1.2.3.4 ',
    '1.2.3.0x1',
    '',
  ])('rejects %j', (text) => {
    expect(isIPv4(text)).toBe(false);
  });
});

describe('isHostname', () => {
  it.each(['localhost', 'a.b', 'example.com', 'xn--bcher-kva.example', '192.168.0.1', 'a1-b2.c3', 'A.B'])('accepts %s', (text) => {
    expect(isHostname(text)).toBe(true);
  });

  it.each(['', 'a..b', '.a', 'a.', '-a.com', 'a-.com', 'a_b.com', 'a b.com', 'ü.com'])('rejects %j', (text) => {
    expect(isHostname(text)).toBe(false);
  });

  it('allows labels of up to 63 characters', () => {
    expect(isHostname(`${'a'.repeat(63)}.com`)).toBe(true);
    expect(isHostname(`${'a'.repeat(64)}.com`)).toBe(false);
  });

  it('allows up to 253 characters', () => {
    const name = (last: number) => `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(last)}`;
    expect(name(61)).toHaveLength(253);
    expect(isHostname(name(61))).toBe(true);
    expect(isHostname(name(62))).toBe(false);
  });
});

describe('isUuid', () => {
  it.each([
    '123e4567-e89b-42d3-a456-426614174000',
    '123E4567-E89B-42D3-A456-426614174000',
    '018f3c1e-7b2a-7cde-9f00-0123456789ab',
    'c232ab00-9414-11ec-b3c8-9f6bdeced846',
    '00000000-0000-0000-0000-000000000000',
    '123e4567-e89b-82d3-b456-426614174000',
  ])('accepts %s', (text) => {
    expect(isUuid(text)).toBe(true);
  });

  it.each([
    ['123e4567-e89b-02d3-a456-426614174000', 'version 0'],
    ['123e4567-e89b-92d3-a456-426614174000', 'version 9'],
    ['123e4567-e89b-42d3-c456-426614174000', 'variant c'],
    ['123e4567-e89b-42d3-7456-426614174000', 'variant 7'],
    ['123e4567e89b-42d3-a456-426614174000', 'a missing dash'],
    ['123e4567-e89b-42d3-a456-42661417400', 'too short'],
    ['123e4567-e89b-42d3-a456-4266141740000', 'too long'],
    ['123g4567-e89b-42d3-a456-426614174000', 'a non-hex digit'],
    ['{123e4567-e89b-42d3-a456-426614174000}', 'braces'],
  ])('rejects %s (%s)', (text) => {
    expect(isUuid(text)).toBe(false);
  });

  it('checks the version when asked', () => {
    expect(isUuid('018f3c1e-7b2a-7cde-9f00-0123456789ab', 7)).toBe(true);
    expect(isUuid('018f3c1e-7b2a-7cde-9f00-0123456789ab', 4)).toBe(false);
    expect(isUuid('123e4567-e89b-92d3-a456-426614174000', 9)).toBe(true);
  });

  it('accepts the nil UUID only without a version', () => {
    expect(isUuid('00000000-0000-0000-0000-000000000000', 4)).toBe(false);
  });
});

describe('isIsoDate and isIsoDateTime', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-29T00:00', false],
  ])('isIsoDate(%s): %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it.each([
    ['2024-02-29T00:00', true],
    ['2024-02-29T00:00:00.000Z', true],
    ['2024-02-29', false],
    ['2024-02-29T25:00', false],
  ])('isIsoDateTime(%s): %s', (text, expected) => {
    expect(isIsoDateTime(text)).toBe(expected);
  });
});
