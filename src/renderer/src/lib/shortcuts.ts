import type { MessageKey } from '../i18n';

/** Keyboard shortcuts of the review view, as data: the handler and the help overlay both read it. */
export const REVIEW_SHORTCUTS: { keys: string[]; help: MessageKey }[] = [
  { keys: ['Alt+↓', 'Alt+↑'], help: 'key.nextSection' },
  { keys: ['F', 'Shift+F'], help: 'key.nextFinding' },
  { keys: ['↓', '↑'], help: 'key.items' },
  { keys: ['1', '2', '3', '4'], help: 'key.status' },
  { keys: ['N'], help: 'key.note' },
  { keys: ['Ctrl+Z'], help: 'key.undo' },
  { keys: ['Esc'], help: 'key.library' },
  { keys: ['?', 'F1'], help: 'key.help' },
];

export const STATUS_KEYS = { '1': 'present', '2': 'partial', '3': 'missing', '4': 'not-applicable' } as const;

/** True when the key went to a text field, where letters and digits are typing, not commands. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}
