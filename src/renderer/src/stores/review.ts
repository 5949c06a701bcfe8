import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { AnnotationKind, ItemStatus, Overrides, ReportDetail, ReviewState, Span } from '../../../shared/dto';
import { api, errorMessage } from '../api';
import { t } from '../i18n';
import { useSettingsStore } from './settings';
import { useUiStore } from './ui';

export type DisplayScript = 'original' | 'simplified' | 'traditional';

export const useReviewStore = defineStore('review', () => {
  const report = shallowRef<ReportDetail | null>(null);
  const focusedItem = ref<string | null>(null);
  const focusedFinding = ref<number | null>(null);
  const flash = ref<{ spans: Span[]; nonce: number } | null>(null);
  const displayText = ref('');
  const converted = new Map<string, string>();
  const busy = ref(false);

  const items = computed(() => {
    const r = report.value;
    if (!r) return [];
    return r.checklist.map((info) => ({
      info,
      auto: r.analysis.items.find((i) => i.id === info.id)!,
      decision: r.decisions.find((d) => d.itemId === info.id) ?? null,
    }));
  });

  const findings = computed(() => (report.value ? report.value.analysis.checks.map((c, index) => ({ ...c, index })).filter((c) => !c.ok) : []));

  async function run(action: () => Promise<ReportDetail>) {
    busy.value = true;
    try {
      report.value = await action();
    } catch (err) {
      useUiStore().toast(errorMessage(err), 'error');
    } finally {
      busy.value = false;
    }
  }

  async function applyScript(script: DisplayScript) {
    const r = report.value;
    if (!r) return;
    if (script === 'original') {
      displayText.value = r.analysis.text;
      return;
    }
    const key = `${r.id}:${script}`;
    let text = converted.get(key);
    if (text === undefined) {
      text = await api().convertScript({ text: r.analysis.text, to: script });
      converted.set(key, text);
    }
    displayText.value = text;
  }

  async function open(documentId: number) {
    converted.clear();
    focusedFinding.value = null;
    await run(() => api().getReport({ documentId }));
    focusedItem.value = report.value?.checklist[0]?.id ?? null;
    await applyScript(useSettingsStore().settings.displayScript);
    useUiStore().view = 'review';
  }

  async function setDisplayScript(script: DisplayScript) {
    await useSettingsStore().update({ displayScript: script });
    await applyScript(script);
  }

  function focusItem(id: string, withFlash = true) {
    focusedItem.value = id;
    const item = report.value?.analysis.items.find((i) => i.id === id);
    if (withFlash && item?.evidence.length) flash.value = { spans: item.evidence, nonce: Date.now() };
  }

  function focusFinding(index: number) {
    focusedFinding.value = index;
    const check = report.value?.analysis.checks[index];
    if (check?.evidence.length) flash.value = { spans: check.evidence, nonce: Date.now() };
  }

  function stepFinding(delta: 1 | -1) {
    const list = findings.value;
    if (!list.length) return;
    const at = list.findIndex((f) => f.index === focusedFinding.value);
    const next = list[(at + delta + list.length) % list.length] ?? list[0];
    focusFinding(next.index);
  }

  const id = () => report.value!.id;
  const setDecision = (itemId: string, change: { status?: ItemStatus | null; severity?: 'major' | 'minor' | 'info' | null; note?: string | null }) =>
    run(() => api().setDecision({ documentId: id(), itemId, ...change }));
  const setOverrides = (overrides: Overrides) =>
    run(async () => {
      const r = await api().setOverrides({ documentId: id(), overrides: overrides as never });
      return r;
    });
  const setReviewState = (change: { state?: ReviewState; conclusion?: string | null }) => run(() => api().setReviewState({ documentId: id(), ...change }));
  const addAnnotation = (start: number, end: number, kind: AnnotationKind, comment: string) => run(() => api().addAnnotation({ documentId: id(), start, end, kind, comment }));
  const updateAnnotation = (annotationId: number, change: { kind?: AnnotationKind; comment?: string }) => run(() => api().updateAnnotation({ annotationId, ...change }));
  const deleteAnnotation = (annotationId: number) => run(() => api().deleteAnnotation({ annotationId }));

  async function undo() {
    const ui = useUiStore();
    try {
      const result = await api().undo({ documentId: report.value?.id });
      if (!result.undone) {
        ui.toast(t('nothingToUndo'));
        return;
      }
      if (result.report && result.report.id === report.value?.id) report.value = result.report;
      ui.toast(t('undone', { what: `${result.undone.action} ${result.undone.target}` }));
    } catch (err) {
      ui.toast(errorMessage(err), 'error');
    }
  }

  return { report, focusedItem, focusedFinding, flash, displayText, busy, items, findings, open, setDisplayScript, focusItem, focusFinding, stepFinding, setDecision, setOverrides, setReviewState, addAnnotation, updateAnnotation, deleteAnnotation, undo, applyScript };
});
