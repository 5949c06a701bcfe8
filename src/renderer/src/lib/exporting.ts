import type { ExportResult } from '../../../shared/api';
import { errorMessage } from '../api';
import { t } from '../i18n';
import { useUiStore } from '../stores/ui';

/** Runs an export and tells the reviewer where the file went (or that they cancelled). */
export async function runExport(action: () => Promise<ExportResult>): Promise<ExportResult | null> {
  const ui = useUiStore();
  try {
    const result = await action();
    ui.toast(result.path ? t('exported', { path: result.path }) : t('exportCancelled'));
    return result;
  } catch (err) {
    ui.toast(errorMessage(err), 'error');
    return null;
  }
}
