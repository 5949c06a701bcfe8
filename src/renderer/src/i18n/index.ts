import { ref } from 'vue';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';
import { zhTW } from './zh-TW';

export type Locale = 'zh-CN' | 'zh-TW' | 'en';
const MESSAGES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export const locale = ref<Locale>('zh-CN');

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[locale.value][key] ?? zhCN[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export type { MessageKey };
