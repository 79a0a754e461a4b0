import { createContext, useContext } from 'react';
import type { SimApi } from '../../api/sim-api';

/** The simulator controls, when the transport offers them (the host serves them in demo mode only). */
export const SimApiContext = createContext<SimApi | null>(null);

export function useSimApi(): SimApi | null {
  return useContext(SimApiContext);
}
