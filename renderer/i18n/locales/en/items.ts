import type zhCN from '../zh-CN/items';
import type { Translation } from '../../translation';

const items: Translation<typeof zhCN> = {
  enroll: {
    tile: 'Join the urban and rural residents’ medical insurance',
    title: 'Resident medical insurance enrollment',
  },
  'insured-query': { tile: 'Check my medical insurance status', title: 'Insured-status query' },
  'filing-retiree': {
    tile: 'Care elsewhere – I retired outside my insured area and moved my household registration there',
    title: 'Registration: retirees settled elsewhere',
  },
  'filing-long-term': {
    tile: 'Care elsewhere – I live long-term outside my insured area, registration not moved',
    title: 'Registration: long-term residents elsewhere',
  },
  'filing-work': {
    tile: 'Care elsewhere – my employer posted me to work long-term outside my insured area',
    title: 'Registration: workers posted elsewhere',
  },
  'filing-referral': {
    tile: 'Care elsewhere – a qualified hospital referred me for treatment outside my insured area',
    title: 'Registration: referral to another area',
  },
  'filing-emergency': {
    tile: 'Care elsewhere – I need emergency treatment outside my insured area',
    title: 'Registration: emergency care elsewhere',
  },
};
export default items;
