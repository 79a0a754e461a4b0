import { useTranslation } from 'react-i18next';
import { SERVICE_ITEM_IDS, type ServiceItemId } from '../../flows/catalog';
import { useShell } from '../shell/shell-context';
import '../shell/element-timing';

/**
 * The 粤智助 home screen: one big tile per service item, in the order of seeds/002 附件1; or, when the kiosk
 * takes no case (app.info outOfService), 暂停服务 and where to go instead, with no tile to start from.
 */
export function HomeScreen(props: { onStart: (item: ServiceItemId) => void }) {
  const { t } = useTranslation();
  const { info } = useShell();
  if (info.outOfService) {
    return (
      <main className="home">
        <section className="home__out-of-service" data-testid="out-of-service">
          <h1 className="home__out-of-service-title" data-speak="screen">
            {t('home.outOfService.title')}
          </h1>
          <p className="home__out-of-service-body" data-speak="status">
            {t('home.outOfService.body', { phone: info.serviceHall.phone, hall: info.serviceHall.name })}
          </p>
        </section>
      </main>
    );
  }
  return (
    <main className="home">
      <h1 className="home__welcome" data-speak="screen" elementtiming="home">
        {t('home.welcome')}
      </h1>
      <p className="home__hint">{t('home.hint')}</p>
      <ul className="tiles">
        {SERVICE_ITEM_IDS.map((id) => (
          <li
            key={id}
            className={id.startsWith('filing-') ? 'tiles__item' : 'tiles__item tiles__item--primary'}
          >
            <button type="button" className="tile" data-item={id} onClick={() => props.onStart(id)}>
              <TileLabel text={t(`items:${id}.tile`)} />
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}

/** "异地就医备案-我是…" reads better with the common prefix as a caption; the text itself is unchanged. */
function TileLabel({ text }: { text: string }) {
  const dash = text.search(/[-–]/);
  if (dash <= 0) return <span className="tile__main">{text}</span>;
  return (
    <>
      <span className="tile__caption">{text.slice(0, dash + 1)}</span>
      <span className="tile__main">{text.slice(dash + 1)}</span>
    </>
  );
}
