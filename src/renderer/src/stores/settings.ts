import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Settings } from '../../../shared/dto';
import { api } from '../api';
import { locale } from '../i18n';

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>({ reviewer: '', locale: 'zh-CN', displayScript: 'original' });
  const zoom = ref(1);

  async function load() {
    settings.value = await api().getSettings({});
    locale.value = settings.value.locale;
  }

  async function update(change: Partial<Settings>) {
    settings.value = await api().setSettings(change);
    locale.value = settings.value.locale;
  }

  function setZoom(z: number) {
    zoom.value = Math.min(1.6, Math.max(0.7, Math.round(z * 10) / 10));
    document.documentElement.style.setProperty('--zoom', String(zoom.value));
  }

  return { settings, zoom, load, update, setZoom };
});
