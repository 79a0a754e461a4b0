import { app } from 'electron';
import { installedKioskEnv } from './kiosk-paths';

/**
 * The environment the kiosk core's utilityProcess starts with: the installed paths when packaged (settings,
 * data, the handwriting helper under process.resourcesPath), the shell's own environment otherwise.
 */
export function kioskCoreEnv(): NodeJS.ProcessEnv {
  return installedKioskEnv(process.platform, process.env, app.isPackaged, process.resourcesPath);
}
