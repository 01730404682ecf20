import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv (RFC 4180)', () => {
  it.each([
    ['plain', [['a', 'b']], 'a,b\r\n'],
    ['a comma', [['a,b']], '"a,b"\r\n'],
    ['a double quote', [['say "hi"']], '"say ""hi"""\r\n'],
    ['a line break', [['one\ntwo']], '"one\ntwo"\r\n'],
    ['a carriage return', [['one\rtwo']], '"one\rtwo"\r\n'],
    ['numbers with . decimals', [[2021, 0.5, -3]], '2021,0.5,-3\r\n'],
    ['empty cells', [['', undefined, 'x']], ',,x\r\n'],
    ['several records, CRLF after each', [['h'], ['1'], ['2']], 'h\r\n1\r\n2\r\n'],
    ['no rows', [], ''],
  ] as const)('%s', (_name, rows, expected) => {
    expect(toCsv(rows)).toBe(expected);
  });

  it.each([
    [
      'spaces at either end are quoted, so spreadsheets keep them',
      [[' a', 'b ']],
      ',',
      '" a","b "\r\n',
    ],
    [
      '`;` separates, and a field holding it is quoted',
      [['a', 'b;c', 'd,e']],
      ';',
      'a;"b;c";d,e\r\n',
    ],
  ] as const)('%s', (_name, rows, delimiter, expected) => {
    expect(toCsv(rows, { delimiter })).toBe(expected);
  });
});
