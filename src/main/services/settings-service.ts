import { userInfo } from 'node:os';
import type { Settings } from '../../shared/dto';
import type { Store } from '../store';

function defaultReviewer(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export class SettingsService {
  constructor(private readonly store: Store) {}

  get(): Settings {
    const s = this.store.settings;
    return {
      reviewer: s.get('reviewer') ?? defaultReviewer(),
      locale: (s.get('locale') as Settings['locale']) ?? 'zh-CN',
      displayScript: (s.get('displayScript') as Settings['displayScript']) ?? 'original',
    };
  }

  set(change: Partial<Settings>): Settings {
    this.store.transaction(() => {
      for (const [k, v] of Object.entries(change)) if (v !== undefined) this.store.settings.set(k, String(v));
    });
    return this.get();
  }

  reviewer(): string {
    return this.get().reviewer;
  }
}
