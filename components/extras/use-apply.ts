import { useEffect, useState } from 'preact/hooks';
import type { FieldKey, FormValues } from '@/lib/annexe1/fields';

type Change = readonly [FieldKey, string | boolean];

/**
 * Sets several fields through an `onChange` made for one: one field per render, each
 * through the `onChange` of the latest render. The options page's editor builds each
 * change on the values it last rendered, so two calls in one event would lose the first.
 */
export function useApply(onChange: (key: FieldKey, value: string | boolean) => void) {
  const [queue, setQueue] = useState<readonly Change[]>([]);
  useEffect(() => {
    const [next, ...rest] = queue;
    if (next === undefined) return;
    onChange(next[0], next[1]);
    setQueue(rest);
  }, [queue]);

  return (values: FormValues) => {
    const changes = Object.entries(values).filter(
      (change): change is [FieldKey, string | boolean] => change[1] !== undefined,
    );
    setQueue((current) => [...current, ...changes]);
  };
}
