import type zhCN from '../zh-CN/items';
import type { Translation } from '../../translation';

const items: Translation<typeof zhCN> = {
  enroll: { tile: '我要申請參加城鄉居民醫保', title: '城鄉居民參保登記' },
  'insured-query': { tile: '我要查我的醫保參保資訊', title: '參保人員參保資訊查詢' },
  'filing-retiree': {
    tile: '異地就醫備案-我是在參保地以外定居而且遷了戶籍的退休人員',
    title: '異地安置退休人員備案',
  },
  'filing-long-term': {
    tile: '異地就醫備案-我是在參保地以外長期居住但未遷戶籍的人員',
    title: '異地長期居住人員備案',
  },
  'filing-work': {
    tile: '異地就醫備案-我是單位派駐到參保地以外長期工作的人員',
    title: '常駐異地工作人員備案',
  },
  'filing-referral': {
    tile: '異地就醫備案-我是已經具有轉診資質的醫療機構批准要到參保地以外地方繼續就醫的人員',
    title: '異地轉診人員備案',
  },
  'filing-emergency': {
    tile: '異地就醫備案-我要在參保地以外地方看急診的人員',
    title: '臨時異地就醫人員備案',
  },
};
export default items;
