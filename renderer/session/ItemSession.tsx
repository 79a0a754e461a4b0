import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceItemId } from '../../flows/catalog';
import { FlowRunner } from '../flow/FlowRunner';
import { registerWizardResources } from '../i18n/wizard-resources';
import type { SessionEndReason } from '../shell/App';

/**
 * One resident's visit for one service item: the item's wizard. Unmounting it forgets everything entered.
 * This module is the root of the lazily loaded wizard chunk, so it brings the wizard's translations along.
 */
export function ItemSession(props: {
  itemId: ServiceItemId;
  sessionId: string;
  onEnd: (reason: SessionEndReason) => void;
  onSwitch: (itemId: ServiceItemId) => void;
}) {
  const { i18n } = useTranslation();
  // Before the first wizard string is looked up (a missing key is logged as an error).
  useMemo(() => registerWizardResources(i18n), [i18n]);
  return (
    <FlowRunner
      itemId={props.itemId}
      sessionId={props.sessionId}
      onEnd={props.onEnd}
      onSwitch={props.onSwitch}
    />
  );
}
