import type { TechMethod, TechParsedArgsOf, TechResultOf } from '../../api/technician-contract';
import type { TechnicianService } from './technician-service';

/** The verified caller the role gate hands every admin handler (only its role is used here, for the audit). */
export type TechCaller = Readonly<{ role: string }>;

export type TechnicianHandlers = {
  [M in TechMethod]: (args: TechParsedArgsOf<M>, caller: TechCaller) => Promise<TechResultOf<M>>;
};

/** The tech.* methods on the Node side; the role gate has checked the token before any of them runs. */
export function createTechnicianHandlers(tech: TechnicianService): TechnicianHandlers {
  return {
    'tech.devices': async () => ({ devices: tech.devices(), envOverrides: tech.envOverrides() }),
    'tech.saveDevice': async ({ change, cameraLabels }, caller) =>
      tech.saveDevice(change, cameraLabels, caller.role),
    'tech.selfTest': async ({ device, timeoutMs }, caller) => tech.selfTest(device, timeoutMs, caller.role),
    'tech.cameraTest': async ({ image }) => tech.cameraTest(image),
    'tech.kioskSettings': async () => tech.kioskSettings(),
    'tech.saveKioskSettings': async ({ identity }, caller) => tech.saveKioskSettings(identity, caller.role),
    'tech.replaceSecrets': async ({ paasToken, privateKeyHex }, caller) =>
      tech.replaceSecrets({ paasToken, privateKeyHex }, caller.role),
    'tech.connectivity': async (_args, caller) => tech.connectivity(caller.role),
  };
}
