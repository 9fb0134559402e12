import { describe, expect, it } from 'vitest';
import { newId, UUID_PATTERN } from '../../src-main/db/ids.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function millisOf(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}

describe('newId (UUIDv7)', () => {
  it('has the UUIDv7 layout: version 7, RFC 9562 variant', () => {
    for (let index = 0; index < 200; index += 1) {
      const id = newId();
      expect(id).toMatch(UUID_V7);
      expect(id).toMatch(UUID_PATTERN);
    }
  });

  it('carries the given instant in its first 48 bits', () => {
    const instant = Date.parse('2031-05-05T05:05:05.123Z');
    expect(millisOf(newId(instant))).toBe(instant);
  });

  it('is strictly increasing within one millisecond, even past the 12-bit counter', () => {
    const instant = Date.parse('2032-01-01T00:00:00.000Z');
    const ids = Array.from({ length: 5000 }, () => newId(instant));
    for (let index = 1; index < ids.length; index += 1) expect(ids[index]! > ids[index - 1]!, `${ids[index - 1]} < ${ids[index]}`).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps increasing when the clock steps back', () => {
    const later = newId(Date.parse('2033-06-01T12:00:00.000Z'));
    const earlier = newId(Date.parse('2033-06-01T11:00:00.000Z'));
    expect(earlier > later).toBe(true);
  });
});
