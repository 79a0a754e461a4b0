import { useTranslation } from 'react-i18next';
import { findRegion, listChildren, listProvinces, type Region } from '../../../domain/regions/regions';
import { regionFullNameIn, translateRegionName } from '../../../domain/regions/region-names';
import { useShell } from '../../shell/shell-context';

/**
 * 行政区划 in one large panel: province → city → county as tiles, the common choices first (广东, then the
 * kiosk's own city and county), stored as the 6-digit leaf code. No native select (tiny, 35 rows deep).
 */
export function RegionInput(props: {
  id: string;
  value: string;
  includeHkMoTw: boolean;
  /** The kiosk's own county (settings): its province, city and itself come first. */
  homeCounty: string | null;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('flow');
  const { language } = useShell();
  const chain = chainOf(props.value);
  const last = chain[chain.length - 1];
  const options =
    last === undefined ? listProvinces({ includeHkMoTw: props.includeHkMoTw }) : listChildren(last);
  const complete = last !== undefined && options.length === 0;
  const home = homeChain(props.homeCounty);
  return (
    <div id={props.id} className="region-picker" data-value={props.value} data-complete={complete}>
      {chain.length > 0 && (
        <div className="region-picker__path">
          <output className="region-picker__chosen">
            {regionFullNameIn(last ?? '', language) ||
              translateRegionName(findRegion(last ?? '')?.name ?? '', language)}
          </output>
          {complete ? (
            <button type="button" className="choice region-picker__again" onClick={() => props.onChange('')}>
              {t('pickers.changeRegion')}
            </button>
          ) : (
            <button
              type="button"
              className="choice region-picker__up"
              onClick={() => props.onChange(chain[chain.length - 2] ?? '')}
            >
              {t('pickers.backTo')}
            </button>
          )}
        </div>
      )}
      {!complete && (
        <div className="region-picker__tiles" role="listbox" aria-label={t('hints.pick')}>
          {commonFirst(options, home).map((r) => (
            <button
              key={r.code}
              type="button"
              role="option"
              aria-selected={false}
              className={home.includes(r.code) ? 'region-tile region-tile--home' : 'region-tile'}
              onClick={() => props.onChange(r.code)}
            >
              {translateRegionName(r.name, language)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

const GUANGDONG = '440000';

/** The kiosk's province, city and county codes (广东 when the setting is missing). */
function homeChain(county: string | null): string[] {
  if (!county || !findRegion(county)) return [GUANGDONG];
  return [`${county.slice(0, 2)}0000`, `${county.slice(0, 4)}00`, county];
}

/** The kiosk's own region at each level first, the rest in code order. */
function commonFirst(options: readonly Region[], home: readonly string[]): readonly Region[] {
  const first = options.filter((r) => home.includes(r.code));
  return [...first, ...options.filter((r) => !home.includes(r.code))];
}

/** The codes from the province down to `code`, as the panel steps through them. */
function chainOf(code: string): string[] {
  if (!findRegion(code)) return [];
  const chain: string[] = [];
  for (const candidate of [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code]) {
    if (chain.includes(candidate)) continue;
    const parentCode = chain[chain.length - 1];
    const reachable =
      parentCode === undefined ? true : listChildren(parentCode).some((r) => r.code === candidate);
    if (findRegion(candidate) && reachable) chain.push(candidate);
  }
  return chain;
}
