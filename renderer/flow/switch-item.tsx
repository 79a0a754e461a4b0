import { createContext, useContext } from 'react';
import type { ServiceItemId } from '../../flows/catalog';

/**
 * Ends this session and starts another item for the same resident (language and mode kept), e.g. 参保登记
 * offered on a query that found no insurance. The new item asks for the card again.
 */
export const SwitchItemContext = createContext<((itemId: ServiceItemId) => void) | null>(null);

export function useSwitchItem(): (itemId: ServiceItemId) => void {
  const switchItem = useContext(SwitchItemContext);
  if (!switchItem) throw new Error('useSwitchItem outside SwitchItemContext');
  return switchItem;
}
