import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { AppInfo } from '../../../api/contract';
import { SERVICE_ITEMS } from '../../../flows/items';
import { fieldsOnPage, formPages } from '../../../flows/form-pages';
import { ShellContext, type Shell } from '../../shell/shell-context';
import { wizardResources } from '../../i18n/wizard-resources';
import contractDefault from '../../../domain/codes/tables/contract-default.json';
import { entriesOf, parseCodeTables } from '../../../domain/codes/code-tables';
import type { FieldDefinition } from '../../../flows/definition';
import { FieldInput } from './FieldInput';

const parsed = parseCodeTables(contractDefault, 'contract-default');
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const TEST_CODES = parsed.value;

/** An answer of the field's kind (enough to draw the answered state of each picker). */
function answerFor(field: FieldDefinition): string {
  switch (field.kind) {
    case 'date':
      return '2026-11-22';
    case 'region':
      return '440981';
    case 'choice':
      return field.codeTable ? (entriesOf(TEST_CODES, field.codeTable).at(-1)?.[1] ?? '') : '';
    default:
      return '1';
  }
}

const shell = {
  info: { codeTables: TEST_CODES } as unknown as AppInfo,
  language: 'zh-CN',
} as Shell;

async function i18n() {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({ lng: 'zh-CN', resources: wizardResources });
  return instance;
}

/** Every field of every page of every item, empty and answered, as the resident sees it. */
describe('the resident side has no native select or date input', () => {
  it.each(Object.keys(SERVICE_ITEMS))('%s: every field of every page, empty and answered', async (id) => {
    const instance = await i18n();
    const def = SERVICE_ITEMS[id as keyof typeof SERVICE_ITEMS];
    for (const actingFor of ['self', 'other'] as const) {
      for (const [index] of formPages(def).entries()) {
        for (const field of fieldsOnPage(def, index, actingFor)) {
          for (const value of ['', answerFor(field), '440000']) {
            const html = renderToStaticMarkup(
              <I18nextProvider i18n={instance}>
                <ShellContext.Provider value={shell}>
                  <FieldInput
                    field={field}
                    value={value}
                    locked={false}
                    problem={undefined}
                    active={false}
                    today="2026-11-22"
                    homeCounty="440981"
                    copyValue={null}
                    hospitalRegion={field.hospitalsIn ? '440981' : ''}
                    onChange={() => undefined}
                    onStartTyping={() => undefined}
                  />
                </ShellContext.Provider>
              </I18nextProvider>,
            );
            expect(html, `${id} ${field.name}`).not.toMatch(/<select|<option|type="date"|type="datetime/);
            expect(html).toContain(`data-field="${field.name}"`);
          }
        }
      }
    }
  });

  it('the region picker puts the kiosk’s province first, and a long choice list folds behind 更多选项', async () => {
    const instance = await i18n();
    const render = (name: string, value: string) => {
      const field = SERVICE_ITEMS.enroll.fields.find((f) => f.name === name);
      if (!field) throw new Error(name);
      return renderToStaticMarkup(
        <I18nextProvider i18n={instance}>
          <ShellContext.Provider value={shell}>
            <FieldInput
              field={field}
              value={value}
              locked={false}
              problem={undefined}
              active={false}
              today="2026-11-22"
              homeCounty="440981"
              copyValue={null}
              hospitalRegion=""
              onChange={() => undefined}
              onStartTyping={() => undefined}
            />
          </ShellContext.Provider>
        </I18nextProvider>,
      );
    };
    const provinces = render('hsreg_admdvs', '');
    expect(provinces.indexOf('广东省')).toBeLessThan(provinces.indexOf('北京市'));
    const cities = render('hsreg_admdvs', '440000');
    expect(cities.indexOf('茂名市')).toBeLessThan(cities.indexOf('广州市'));
    const nations = render('naty', '');
    expect(nations).toContain('更多选项');
    expect(nations).not.toContain('哈尼族');
  });

  it('转往医疗机构 offers the chosen 转往就医地’s hospitals as one-tap names, in the screen’s language', async () => {
    const field = SERVICE_ITEMS['filing-referral'].fields.find((f) => f.name === 'reflin_medins_name');
    if (!field) throw new Error('reflin_medins_name');
    const render = async (language: 'zh-CN' | 'zh-TW', region: string) => {
      const instance = await i18n();
      await instance.changeLanguage(language);
      return renderToStaticMarkup(
        <I18nextProvider i18n={instance}>
          <ShellContext.Provider value={{ ...shell, language }}>
            <FieldInput
              field={field}
              value="长沙市人民医院"
              locked={false}
              problem={undefined}
              active={false}
              today="2026-11-22"
              homeCounty="440981"
              copyValue={null}
              hospitalRegion={region}
              onChange={() => undefined}
              onStartTyping={() => undefined}
            />
          </ShellContext.Provider>
        </I18nextProvider>,
      );
    };
    const zhCN = await render('zh-CN', '430104');
    expect(zhCN).toContain('data-testid="phrase-reflin_medins_name-city-people"');
    expect(zhCN).toMatch(/aria-pressed="true"[^>]*>长沙市人民医院</);
    expect(zhCN).toContain('湖南省人民医院');
    expect(await render('zh-TW', '430104')).toContain('長沙市人民醫院');
    expect(await render('zh-CN', '')).not.toContain('phrase-reflin_medins_name');
  });
});
