import { accordZhCN } from './accord/zh-CN';
import { raZhCN } from './ra/zh-CN';
import type { Messages } from './types';

export const zhCN: Messages = { ...raZhCN, ...accordZhCN };
