import type zhCN from '../zh-CN/items';
import type { Translation } from '../../translation';

const items: Translation<typeof zhCN> = {
  enroll: {
    tile: 'Join the urban and rural residents’ medical insurance',
    title: 'Resident medical insurance enrollment',
  },
  'insured-query': { tile: 'Check my medical insurance status', title: 'Insured-status query' },
  'filing-retiree': {
    tile: 'Medical care elsewhere – I am retired, settled outside my insured area and moved my household registration there',
    title: 'Registration: retirees settled elsewhere',
  },
  'filing-long-term': {
    tile: 'Medical care elsewhere – I live long-term outside my insured area without moving my household registration',
    title: 'Registration: long-term residents elsewhere',
  },
  'filing-work': {
    tile: 'Medical care elsewhere – my employer posted me to work long-term outside my insured area',
    title: 'Registration: workers posted elsewhere',
  },
  'filing-referral': {
    tile: 'Medical care elsewhere – a qualified hospital has referred me to continue treatment outside my insured area',
    title: 'Registration: referral to another area',
  },
  'filing-emergency': {
    tile: 'Medical care elsewhere – I need emergency treatment outside my insured area',
    title: 'Registration: emergency care elsewhere',
  },
};
export default items;
