// The `edtf` package (4.11.1) ships no types; the tests use this much of it.
declare module 'edtf' {
  /** A parsed EDTF value: a date, an interval, a set or a list. */
  export interface EdtfValue extends Iterable<EdtfValue> {
    readonly type: string;
    /** The value written back in EDTF's canonical form. */
    readonly edtf: string;
    /** First millisecond, UTC; `null` for an unknown end. */
    readonly min: number | null;
    readonly max: number | null;
    readonly lower?: EdtfValue | null;
    readonly upper?: EdtfValue | null;
  }
  export default function edtf(text: string): EdtfValue;
}
