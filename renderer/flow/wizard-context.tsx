import { useSelector } from '@xstate/react';
import { createContext, useContext } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { ServiceMachine } from '../../flows/service-machine';
import type { WizardContext as Ctx } from '../../flows/wizard-types';

export type WizardRef = ActorRefFrom<ServiceMachine>;

export const WizardContext = createContext<WizardRef | null>(null);

/** The running wizard and a selector over its context, for step screens. */
export function useWizard<T>(select: (ctx: Ctx) => T): [T, WizardRef['send']] {
  const actor = useContext(WizardContext);
  if (!actor) throw new Error('useWizard outside a FlowRunner');
  const value = useSelector(actor, (s) => select(s.context));
  return [value, actor.send];
}
