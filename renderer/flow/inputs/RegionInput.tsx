import { useTranslation } from 'react-i18next';
import { findRegion, listChildren, listProvinces, type Region } from '../../../domain/regions/regions';
import { translateRegionName } from '../../../domain/regions/region-names';
import { useShell } from '../../shell/shell-context';

/** 行政区划 as a cascade: province → city → county (GB/T 2260), stored as the 6-digit leaf code. */
export function RegionInput(props: {
  id: string;
  value: string;
  includeHkMoTw: boolean;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('flow');
  const { language } = useShell();
  const chain = chainOf(props.value);
  const levels: Array<{ options: readonly Region[]; selected: string }> = [];
  let options: readonly Region[] = listProvinces({ includeHkMoTw: props.includeHkMoTw });
  for (let depth = 0; options.length > 0 && depth < 3; depth++) {
    const selected = chain[depth] ?? '';
    levels.push({ options, selected });
    if (!selected) break;
    options = listChildren(selected);
  }
  return (
    <div id={props.id} className="region-input">
      {levels.map((level, depth) => (
        <select
          key={depth}
          className="select"
          aria-label={t('hints.pick')}
          value={level.selected}
          onChange={(e) => props.onChange(e.target.value)}
        >
          <option value="">{t('hints.pick')}</option>
          {level.options.map((r) => (
            <option key={r.code} value={r.code}>
              {translateRegionName(r.name, language)}
            </option>
          ))}
        </select>
      ))}
    </div>
  );
}

/** The codes from the province down to `code`, as the cascade shows them. */
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
