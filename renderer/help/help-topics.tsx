import type { ReactNode } from 'react';
import { CardPicture } from './CardPicture';
import { KioskPicture } from './KioskPicture';
import { PagePicture } from './PagePicture';
import { QrPicture } from './QrPicture';

/** What Help explains on each screen. Wizard steps that look alike share a topic. */
export type HelpTopic = 'home' | 'identity' | 'start' | 'form' | 'photos' | 'confirm' | 'wait' | 'result';

const TOPIC_OF_STEP: Readonly<Record<string, HelpTopic>> = {
  identity: 'identity',
  start: 'start',
  form: 'form',
  photos: 'photos',
  confirm: 'confirm',
  checkingInsurance: 'wait',
  submitting: 'wait',
  querying: 'wait',
  result: 'result',
  queryResult: 'result',
};

export function helpTopicOf(step: string | null): HelpTopic {
  return (step && TOPIC_OF_STEP[step]) || 'home';
}

/** Topics whose instructions list what to have at hand (help.steps.<topic>.bring). */
export const TOPICS_WITH_BRING: ReadonlySet<HelpTopic> = new Set(['home', 'identity', 'start', 'photos']);

/** The pictures of a topic, each with the i18n key of its caption. */
export function helpPictures(
  topic: HelpTopic,
): ReadonlyArray<{ key: string; caption: string; picture: ReactNode }> {
  switch (topic) {
    case 'home':
      return [
        {
          key: 'kiosk',
          caption: 'help.pictures.kiosk',
          picture: <KioskPicture highlight={['reader', 'qr']} />,
        },
      ];
    case 'identity':
      return [
        { key: 'card', caption: 'help.pictures.card', picture: <CardPicture /> },
        { key: 'qr', caption: 'help.pictures.qr', picture: <QrPicture /> },
      ];
    case 'photos':
      return [{ key: 'page', caption: 'help.pictures.page', picture: <PagePicture /> }];
    case 'result':
      return [
        {
          key: 'printer',
          caption: 'help.pictures.printer',
          picture: <KioskPicture highlight={['printer']} />,
        },
      ];
    default:
      return [];
  }
}
