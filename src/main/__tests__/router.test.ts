import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api';
import { seedFile } from '../../core/__tests__/seeds';
import { createRouter, type HostAdapter } from '../ipc/router';
import { createServices } from '../services';

function setup(chosen: string[] | null = null) {
  const services = createServices(':memory:');
  const events: unknown[] = [];
  const host: HostAdapter = { chooseImportPaths: async () => chosen, chooseSavePath: async () => null, emit: (event, payload) => events.push([event, payload]) };
  return { services, router: createRouter(services, host), events };
}

describe('IPC router', () => {
  it('handles every method of the contract', () => {
    const { router, services } = setup();
    expect([...router.methods].sort()).toEqual([...API_METHODS].sort());
    services.close();
  });

  it('rejects unknown methods and invalid arguments before any service runs', async () => {
    const { router, services } = setup();
    await expect(router.call('deleteEverything', {})).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    await expect(router.call('getReport', { documentId: -1 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(router.call('getReport', { documentId: '1 OR 1=1' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(router.call('setDecision', { documentId: 1, itemId: "R19-1'; DROP TABLE x", status: 'present' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(router.call('setDecision', { documentId: 1, itemId: 'R19-1', status: 'great' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(router.call('__proto__', {})).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    await expect(router.call('getReport', { documentId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    services.close();
  });

  it('imports through the host dialog and reports progress', async () => {
    const { router, services, events } = setup([seedFile('001'), seedFile('003')]);
    const result = (await router.call('openImportDialog', { kind: 'files' })) as { imported: unknown[] };
    expect(result.imported).toHaveLength(2);
    expect(events.filter((e) => (e as [string])[0] === 'importProgress')).toHaveLength(2);
    const list = (await router.call('listReports', {})) as { agency: string }[];
    expect(list.map((r) => r.agency).sort()).toEqual(['宿遷市人力資源和社會保障局', '郑州市人力资源和社会保障局']);
    services.close();
  });

  it('a cancelled dialog imports nothing', async () => {
    const { router, services } = setup(null);
    expect(await router.call('openImportDialog', { kind: 'folder' })).toBeNull();
    services.close();
  });
});
