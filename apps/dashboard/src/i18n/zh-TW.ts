import { accordZhTW } from './accord/zh-TW';
import { raZhTW } from './ra/zh-TW';
import type { Messages } from './types';

export const zhTW: Messages = { ...raZhTW, ...accordZhTW };
