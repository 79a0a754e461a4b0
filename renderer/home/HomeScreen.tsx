import { useTranslation } from 'react-i18next';
import { SERVICE_ITEM_IDS, type ServiceItemId } from '../../flows/catalog';
import '../shell/element-timing';

/** The 粤智助 home screen: one big tile per service item, in the order of seeds/002 附件1. */
export function HomeScreen(props: { onStart: (item: ServiceItemId) => void }) {
  const { t } = useTranslation();
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
