import { isSystemEvent, matchesEventFilter } from './event-filter';

describe('matchesEventFilter', () => {
  it('passes everything without a filter', () => {
    expect(matchesEventFilter(undefined, 'assessment-1', 'Submitted')).toBe(true);
    expect(matchesEventFilter({}, 'assessment-1', 'Submitted')).toBe(true);
  });

  it('keeps streams starting with any of the prefixes', () => {
    const filter = { streamPrefixes: ['assessment-', 'agency-'] };
    expect(matchesEventFilter(filter, 'agency-7', 'X')).toBe(true);
    expect(matchesEventFilter(filter, 'user-7', 'X')).toBe(false);
  });

  it('keeps exact event types only', () => {
    const filter = { eventTypes: ['Submitted'] };
    expect(matchesEventFilter(filter, 's', 'Submitted')).toBe(true);
    expect(matchesEventFilter(filter, 's', 'SubmittedLate')).toBe(false);
  });

  it('requires both dimensions when both are given', () => {
    const filter = { streamPrefixes: ['a-'], eventTypes: ['T'] };
    expect(matchesEventFilter(filter, 'a-1', 'T')).toBe(true);
    expect(matchesEventFilter(filter, 'a-1', 'U')).toBe(false);
    expect(matchesEventFilter(filter, 'b-1', 'T')).toBe(false);
  });
});

describe('isSystemEvent', () => {
  it('recognises $ streams and $ types', () => {
    expect(isSystemEvent('$stats-0', 'x')).toBe(true);
    expect(isSystemEvent('a', '$>')).toBe(true);
    expect(isSystemEvent('a', 'Submitted')).toBe(false);
  });
});
