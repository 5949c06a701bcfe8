import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

export const useUiStore = defineStore('ui', () => {
  const view = ref<'library' | 'review'>('library');
  const toasts = ref<Toast[]>([]);
  const helpOpen = ref(false);
  let next = 1;

  function toast(text: string, kind: Toast['kind'] = 'info') {
    const id = next++;
    toasts.value.push({ id, text, kind });
    setTimeout(() => (toasts.value = toasts.value.filter((t) => t.id !== id)), kind === 'error' ? 8000 : 3500);
  }

  return { view, toasts, helpOpen, toast };
});
