import { useCallback, useEffect, useState } from 'react';

export type Load<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

/**
 * Loads data for a page and reloads it on demand (after a change).
 *
 * @example
 * const [plan, reload] = useLoad(() => api.getPlan(id), [id]);
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Load<T>, () => Promise<void>] {
  const [value, setValue] = useState<Load<T>>({ state: 'loading' });
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    try {
      setValue({ state: 'ready', data: await run() });
    } catch (error) {
      setValue({ state: 'error', error });
    }
  }, [run]);
  useEffect(() => {
    setValue({ state: 'loading' });
    void reload();
  }, [reload]);
  return [value, reload];
}
