import { createContext, useContext } from 'react';
import type { KioskApi } from '../../api/kiosk-api';

export const KioskApiContext = createContext<KioskApi | null>(null);

export function useKioskApi(): KioskApi {
  const api = useContext(KioskApiContext);
  if (!api) throw new Error('useKioskApi outside KioskApiContext');
  return api;
}
