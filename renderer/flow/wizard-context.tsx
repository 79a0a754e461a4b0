import { useSelector } from '@xstate/react';
import { createContext, useContext } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { ServiceMachine } from '../../flows/service-machine';
import type { WizardContext as Ctx } from '../../flows/wizard-types';
import { shallowEqual } from './shallow-equal';

export type WizardRef = ActorRefFrom<ServiceMachine>;

export const WizardContext = createContext<WizardRef | null>(null);

/**
 * The running wizard and a selector over its context, for step screens. A selector may pick several fields as
 * a fresh object: it is compared field by field, so a step re-renders only when what it picked changed, not on
 * every event the wizard takes (a card read, an answer to the insurance check while the next screen is drawn).
 */
export function useWizard<T>(select: (ctx: Ctx) => T): [T, WizardRef['send']] {
  const actor = useContext(WizardContext);
  if (!actor) throw new Error('useWizard outside a FlowRunner');
  const value = useSelector(actor, (s) => select(s.context), shallowEqual);
  return [value, actor.send];
}
