import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { FailedFile, ImportProgress, ImportResult, ReportSummary, ReviewState } from '../../../shared/dto';
import { api, errorMessage } from '../api';
import { t } from '../i18n';
import { useUiStore } from './ui';

export type SortKey = 'agency' | 'reportYear' | 'missingCount' | 'failedChecks' | 'state' | 'fileName';

export const useLibraryStore = defineStore('library', () => {
  const reports = ref<ReportSummary[]>([]);
  const failures = ref<FailedFile[]>([]);
  const filterText = ref('');
  const filterYear = ref<number | null>(null);
  const filterState = ref<ReviewState | null>(null);
  const sortKey = ref<SortKey>('reportYear');
  const sortDesc = ref(true);
  const progress = ref<ImportProgress | null>(null);
  let importing = false;
  const lastImport = ref<ImportResult | null>(null);

  const years = computed(() => [...new Set(reports.value.map((r) => r.reportYear).filter((y): y is number => y !== null))].sort((a, b) => b - a));

  const visible = computed(() => {
    const text = filterText.value.trim();
    const rows = reports.value.filter(
      (r) =>
        (!text || `${r.agency ?? ''} ${r.title ?? ''} ${r.fileName}`.includes(text)) &&
        (filterYear.value === null || r.reportYear === filterYear.value) &&
        (filterState.value === null || r.state === filterState.value),
    );
    const key = sortKey.value;
    const dir = sortDesc.value ? -1 : 1;
    return [...rows].sort((a, b) => {
      const av = a[key] ?? '';
      const bv = b[key] ?? '';
      if (av < bv) return -dir;
      if (av > bv) return dir;
      return a.id - b.id;
    });
  });

  async function refresh() {
    reports.value = await api().listReports({});
    failures.value = await api().listImportFailures({});
  }

  function sortBy(key: SortKey) {
    if (sortKey.value === key) sortDesc.value = !sortDesc.value;
    else {
      sortKey.value = key;
      sortDesc.value = key === 'reportYear' || key === 'missingCount' || key === 'failedChecks';
    }
  }

  async function finishImport(run: Promise<ImportResult | null>) {
    const ui = useUiStore();
    importing = true;
    progress.value = { done: 0, total: 0, file: '' };
    try {
      const result = await run;
      if (result) {
        lastImport.value = result;
        const kept = result.imported.reduce((n, f) => n + f.keptWork, 0);
        const skipped = result.skipped?.length ?? 0;
        ui.toast(t('importDone', { imported: result.imported.length, failed: result.failed.length }) + (kept ? ` · ${t('keptWork', { n: kept })}` : '') + (skipped ? ` · ${t('skippedFiles', { n: skipped })}` : ''));
      }
    } catch (err) {
      ui.toast(errorMessage(err), 'error');
    } finally {
      importing = false;
      progress.value = null;
      await refresh();
    }
  }

  const openDialog = (kind: 'files' | 'folder') => finishImport(api().openImportDialog({ kind }));
  const importPaths = (paths: string[]) => finishImport(api().importPaths({ paths }));
  const cancel = () => api().cancelImport({});

  /** Progress events can arrive after the import's result; only a running import shows them. */
  function onProgress(p: ImportProgress) {
    if (importing) progress.value = p;
  }

  async function clearFailures() {
    await api().clearImportFailures({});
    failures.value = [];
  }

  return { onProgress, reports, failures, filterText, filterYear, filterState, sortKey, sortDesc, progress, lastImport, years, visible, refresh, sortBy, openDialog, importPaths, cancel, clearFailures };
});
