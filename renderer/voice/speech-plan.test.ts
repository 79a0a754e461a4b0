import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { codeClipIds, indexPieces, osText, planSpeech, tokenize, translateTemplate } from './speech-plan';

const zhCN = [
  { id: 'flow:result.acceptNo', text: '受理编号' },
  { id: 'flow:result.accepted', text: '您的申请已受理' },
  { id: 'common:idle.warningBody#1', text: '秒后将返回首页，已填写的信息会被清除。' },
  { id: 'flow:query.name', text: '姓名' },
  { id: 'flow:query.status', text: '参保状态' },
  { id: 'flow:query.statuses.1', text: '正常参保' },
  { id: 'flow:x.short', text: '参保' },
];
const zhTW = [{ id: 'flow:result.acceptNo', text: '受理編號' }];
const en = new Map([
  ['flow:result.acceptNo', 'Reference number'],
  ['flow:query.statuses.1', 'Insured (active)'],
]);
/** A voice's clips: every id has one, named after it. */
const allClips = new Proxy({}, { get: (_, id) => `clip(${String(id)})` });
const clipIds = (parts: ReturnType<typeof planSpeech>) =>
  parts.map((p) => (p.kind === 'clip' ? p.id : `os:${p.text}`));

describe('speech planning', () => {
  const index = indexPieces(zhCN);

  it('reads the 受理编号 digit by digit after its lead-in clip', () => {
    const tokens = tokenize('您的申请已受理 受理编号 2412010007', index);
    expect(clipIds(planSpeech(tokens, allClips, () => undefined))).toEqual([
      'flow:result.accepted',
      'flow:result.acceptNo',
      ...[...'2412010007'].map((d) => `char:${d}`),
    ]);
  });

  it('reads letters of a code one by one, and a small number whole', () => {
    expect(codeClipIds('ZZ0042')).toEqual(['char:Z', 'char:Z', 'char:0', 'char:0', 'char:4', 'char:2']);
    expect(codeClipIds('44090219800101123x')).toHaveLength(18);
    expect(codeClipIds('44090219800101123x').at(-1)).toBe('char:X');
    expect(codeClipIds('30')).toEqual(['num:30']);
    expect(codeClipIds('120')).toEqual(['num:120']);
    expect(codeClipIds('121')).toEqual(['char:1', 'char:2', 'char:1']);
    expect(codeClipIds('07')).toEqual(['char:0', 'char:7']); // a leading zero is part of a code
  });

  test.prop([fc.stringMatching(/^[0-9A-Z]{4,20}$/)])(
    'a code of 4 or more characters is read character by character',
    (code) => {
      fc.pre(!/^[1-9]\d*$/.test(code) || Number(code) > 120);
      expect(codeClipIds(code)).toEqual([...code].map((c) => `char:${c}`));
    },
  );

  it('reads the number and the fixed text of a string with a placeholder', () => {
    const tokens = tokenize('30 秒后将返回首页，已填写的信息会被清除。', index);
    expect(clipIds(planSpeech(tokens, allClips, () => undefined))).toEqual([
      'num:30',
      'common:idle.warningBody#1',
    ]);
  });

  it('falls back for text without a clip (a name): an OS-voice stretch, between the clips that exist', () => {
    const tokens = tokenize('姓名：张伟 参保状态 正常参保', index);
    expect(clipIds(planSpeech(tokens, allClips, () => undefined))).toEqual([
      'flow:query.name',
      'os:：张伟',
      'flow:query.status',
      'flow:query.statuses.1',
    ]);
  });

  it('takes the longest piece at each position', () => {
    expect(tokenize('正常参保', index)).toEqual([{ kind: 'piece', id: 'flow:query.statuses.1' }]);
  });

  it('says a piece whose clip is missing with the OS voice, in the voice’s own words', () => {
    const tokens = tokenize('受理编号', index);
    expect(planSpeech(tokens, {}, (id) => en.get(id))).toEqual([{ kind: 'os', text: 'Reference number' }]);
  });

  it('reads a 繁體 screen from the same pieces, and gives an OS voice the text in the voice’s language', () => {
    const tokens = tokenize('受理編號 A12', indexPieces(zhTW));
    expect(tokens).toEqual([
      { kind: 'piece', id: 'flow:result.acceptNo' },
      { kind: 'literal', text: 'A12' },
    ]);
    expect(osText(tokens, (id) => en.get(id))).toBe('Reference number A12');
  });

  it('says nothing for punctuation alone', () => {
    expect(planSpeech(tokenize('：（）…', index), allClips, () => undefined)).toEqual([]);
  });

  it('says a string with placeholders as the voice’s own string, values where that language puts them', () => {
    const zh = new Map([['common:idle.warningBody', '{{seconds}} 秒后将返回首页，已填写的信息会被清除。']]);
    const english = new Map([['common:idle.warningBody', 'In {{seconds}} seconds the kiosk returns home.']]);
    expect(translateTemplate('29 秒后将返回首页，已填写的信息会被清除。', zh, english)).toBe(
      'In 29 seconds the kiosk returns home.',
    );
    const two = new Map([['flow:materials.progress', '第 {{current}} 份，共 {{total}} 份']]);
    const twoEn = new Map([['flow:materials.progress', 'Document {{current}} of {{total}}']]);
    expect(translateTemplate('第 1 份，共 3 份', two, twoEn)).toBe('Document 1 of 3');
    expect(translateTemplate('请先签名', zh, english)).toBeUndefined();
  });
});
