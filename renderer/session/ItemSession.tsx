import type { ServiceItemId } from '../../flows/catalog';
import { FlowRunner } from '../flow/FlowRunner';
import type { SessionEndReason } from '../shell/App';

/** One resident's visit for one service item: the item's wizard. Unmounting it forgets everything entered. */
export function ItemSession(props: {
  itemId: ServiceItemId;
  sessionId: string;
  onEnd: (reason: SessionEndReason) => void;
}) {
  return <FlowRunner itemId={props.itemId} sessionId={props.sessionId} onEnd={props.onEnd} />;
}
