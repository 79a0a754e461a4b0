/** Start-up stops with this: every problem, each naming the setting (and the variable that set it). */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(
    readonly problems: ReadonlyArray<string>,
    heading = "The kiosk's settings are not valid:",
  ) {
    super(`${heading}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
