import { describe, expect, it } from 'vitest';
import { type LANGUAGES } from '../../api/languages';
import { resources } from '../i18n/resources';
import { codePieces, isSpokenKey, splitTemplate, spokenPieces, type BundleLookup } from './prompt-set';

const lookup: BundleLookup = (locale, namespace) => (resources[locale] as Record<string, unknown>)[namespace];
const ids = (locale: (typeof LANGUAGES)[number]) => spokenPieces(lookup, locale).map((p) => p.id);

describe('the prompt set', () => {
  const zh = new Set(ids('zh-CN'));

  it('has every step instruction, every problem, the idle warning, results and print status', () => {
    const steps = Object.keys(resources['zh-CN'].flow.steps);
    for (const step of steps) expect(zh).toContain(`flow:steps.${step}.instruction`);
    const groups = {
      'flow:identity.problems.': resources['zh-CN'].flow.identity.problems,
      'flow:errors.': resources['zh-CN'].flow.errors,
      'flow:camera.problems.': resources['zh-CN'].flow.camera.problems,
      'flow:printer.problems.': resources['zh-CN'].flow.printer.problems,
      'flow:delivery.statuses.': resources['zh-CN'].flow.delivery.statuses,
      'flow:query.statuses.': resources['zh-CN'].flow.query.statuses,
      'common:errors.': resources['zh-CN'].common.errors,
    };
    for (const [prefix, group] of Object.entries(groups)) {
      for (const key of Object.keys(group)) {
        expect([...zh].some((id) => id === `${prefix}${key}` || id.startsWith(`${prefix}${key}#`))).toBe(
          true,
        );
      }
    }
    for (const id of [
      'common:home.welcome',
      'common:idle.warningTitle',
      'common:idle.warningBody#1',
      'flow:result.acceptNo',
      'flow:result.printed',
      'flow:result.printing',
      'flow:query.notFound',
      'flow:options.insutype.resident',
      'flow:notice.paragraphs.p1',
      'flow:promise.body#0',
      'items:enroll.title',
    ]) {
      expect(zh).toContain(id);
    }
  });

  it('has Help as it opens, the next steps, the rare-name notice and every refusal of the keyboard', () => {
    for (const topic of Object.keys(resources['zh-CN'].common.help.steps))
      expect(zh).toContain(`common:help.steps.${topic}.do`);
    for (const key of Object.keys(resources['zh-CN'].flow.nextSteps))
      expect(
        [...zh].some((id) => id === `flow:nextSteps.${key}` || id.startsWith(`flow:nextSteps.${key}#`)),
      ).toBe(true);
    for (const id of [
      'common:help.title',
      'common:help.doTitle',
      'common:help.bringTitle',
      'flow:identity.rareName',
    ])
      expect(zh).toContain(id);
    const refusals = Object.keys(resources['zh-CN'].keyboard).filter((k) => k.startsWith('refused'));
    expect(refusals).toHaveLength(4);
    for (const key of refusals) expect(zh).toContain(`keyboard:${key}`);
    expect(isSpokenKey('common', 'help.button')).toBe(false);
  });

  it('leaves out what is never spoken: the simulator panel, button-only labels, long option lists, home tiles', () => {
    expect(isSpokenKey('common', 'sim.present')).toBe(false);
    expect(isSpokenKey('common', 'language.en')).toBe(false);
    expect(isSpokenKey('common', 'demo.banner')).toBe(false);
    expect(isSpokenKey('flow', 'options.naty.01')).toBe(false);
    expect(isSpokenKey('items', 'enroll.tile')).toBe(false);
    expect(isSpokenKey('items', 'filing-work.title')).toBe(true);
    expect(isSpokenKey('keyboard', 'done')).toBe(false);
  });

  it('has the same pieces in 简体 and 繁體, so a 繁體 screen is read from the Mandarin clips', () => {
    expect(ids('zh-TW')).toEqual(ids('zh-CN'));
  });

  it('has the same spoken strings in English (pieces of a template may differ where the words go round)', () => {
    const key = (id: string) => id.replace(/#\d+$/, '');
    expect(new Set(ids('en').map(key))).toEqual(new Set(ids('zh-CN').map(key)));
  });

  it('cuts a string at its placeholders and keeps only the pieces worth saying', () => {
    expect(splitTemplate('c:x', '{{seconds}} 秒后将返回首页。')).toEqual([
      { id: 'c:x#1', text: '秒后将返回首页。' },
    ]);
    expect(splitTemplate('c:y', '有 {{count}} 项需要修改')).toEqual([
      { id: 'c:y#0', text: '有' },
      { id: 'c:y#1', text: '项需要修改' },
    ]);
    expect(splitTemplate('c:z', '（{{reason}}）')).toEqual([]);
    expect(splitTemplate('c:w', '请先签名')).toEqual([{ id: 'c:w', text: '请先签名' }]);
  });

  it('has a clip for every character of a code and every small number', () => {
    const code = codePieces().map((p) => p.id);
    for (const c of '0123456789XABZ') expect(code).toContain(`char:${c}`);
    expect(code).toContain('num:0');
    expect(code).toContain('num:120');
  });
});
