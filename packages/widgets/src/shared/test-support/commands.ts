// Server commands of this repository's own web-test-runner plugins (see web-test-runner.config.mjs);
// the runner's built-in ones (sendKeys, emulateMedia, …) come from @web/test-runner-commands itself.
import { executeServerCommand } from '@web/test-runner-commands';

/** Chromium renders in forced colours, as Windows High Contrast does: see forced-colors-plugin.mjs. */
export const forcedColors = (active: boolean): Promise<unknown> =>
  executeServerCommand('forced-colors', { active });
/** The default font size the reader chose in the browser's settings, in px (Chromium's is 16): see forced-colors-plugin.mjs. */
export const defaultFontSize = (standard: number): Promise<unknown> =>
  executeServerCommand('default-font-size', { standard });
