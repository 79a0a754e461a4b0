import type { AppInfo } from '../api/contract';
import type { Settings } from '../config/settings-schema';
import type { CodeTables } from '../domain/codes/code-tables';
import { APP_VERSION } from './app-version';

/** What the renderer needs to draw the shell, derived from the settings. */
export function appInfo(settings: Settings, shell: AppInfo['shell'], codes: CodeTables): AppInfo {
  const { devices } = settings;
  return {
    version: APP_VERSION,
    terminalId: settings.terminal.id,
    terminalName: settings.terminal.name,
    serviceHall: settings.serviceHall,
    shell,
    mode: settings.mode,
    ui: settings.ui,
    simulated: {
      idcard: devices.idcard.port === 'simulator',
      scanner: devices.scanner.mode === 'simulator',
      printer: devices.printer.port === 'simulator',
      province: settings.province.url === 'embedded',
    },
    enrollment: settings.enrollment,
    camera: { label: devices.camera.label },
    countyCode: settings.terminal.countyCode,
    codeTables: codes,
  };
}
