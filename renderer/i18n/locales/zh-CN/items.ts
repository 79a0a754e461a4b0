/** Service-item names. `tile` is the 粤智助 home-screen label (SPEC.md, seeds/002 附件3), word for word. */
const items = {
  enroll: {
    tile: '我要申请参加城乡居民医保',
    title: '城乡居民参保登记',
  },
  'insured-query': {
    tile: '我要查我的医保参保信息',
    title: '参保人员参保信息查询',
  },
  'filing-retiree': {
    tile: '异地就医备案-我是在参保地以外定居而且迁了户籍的退休人员',
    title: '异地安置退休人员备案',
  },
  'filing-long-term': {
    tile: '异地就医备案-我是在参保地以外长期居住但未迁户籍的人员',
    title: '异地长期居住人员备案',
  },
  'filing-work': {
    tile: '异地就医备案-我是单位派驻到参保地以外长期工作的人员',
    title: '常驻异地工作人员备案',
  },
  'filing-referral': {
    tile: '异地就医备案-我是已经具有转诊资质的医疗机构批准要到参保地以外地方继续就医的人员',
    title: '异地转诊人员备案',
  },
  'filing-emergency': {
    tile: '异地就医备案-我要在参保地以外地方看急诊的人员',
    title: '临时异地就医人员备案',
  },
};
export default items;
