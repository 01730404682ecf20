/**
 * Offers a text as a file download, from a Blob URL: nothing is sent anywhere. The URL is
 * revoked once the click has started the download. The one way the widgets offer a file
 * (the dashboard's plan and projection, the register's CSV and EDTF).
 *
 * @example
 * ```ts
 * download('plan.csv', planToCsv(plan, 'nl'), 'text/csv');
 * ```
 */
export function download(name: string, text: string, type: string): void {
  // A byte order mark, so that a spreadsheet opening the file reads it as UTF-8 (é, ü, €).
  const blob = new Blob(['\uFEFF', text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
