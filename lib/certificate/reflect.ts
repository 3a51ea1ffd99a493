/**
 * The few Reflect metadata functions tsyringe (under @peculiar/x509) calls at load time:
 * `getMetadata`, `getOwnMetadata`, `defineMetadata`. Written here instead of importing
 * `reflect-metadata`, whose global-object fallback holds `Function('return this')` and an
 * indirect `eval`: never run in a browser, but enough for Firefox's add-on linter to flag
 * the bundle (DANGEROUS_EVAL), and our build must stay free of warnings. Left alone when a
 * full polyfill is already there.
 */

type Target = object;
type Key = string | symbol | undefined;
type Store = WeakMap<Target, Map<Key, Map<unknown, unknown>>>;

interface ReflectMetadata {
  getMetadata?(key: unknown, target: Target, property?: Key): unknown;
  getOwnMetadata?(key: unknown, target: Target, property?: Key): unknown;
  defineMetadata?(key: unknown, value: unknown, target: Target, property?: Key): void;
}

const store: Store = new WeakMap();

function own(target: Target, property: Key, create: boolean): Map<unknown, unknown> | undefined {
  let properties = store.get(target);
  if (properties === undefined) {
    if (!create) return undefined;
    properties = new Map();
    store.set(target, properties);
  }
  let entries = properties.get(property);
  if (entries === undefined && create) {
    entries = new Map();
    properties.set(property, entries);
  }
  return entries;
}

const reflect = Reflect as typeof Reflect & ReflectMetadata;
if (typeof reflect.getMetadata !== 'function') {
  reflect.defineMetadata = (key, value, target, property) => {
    own(target, property, true)?.set(key, value);
  };
  reflect.getOwnMetadata = (key, target, property) => own(target, property, false)?.get(key);
  // Inherited metadata: up the prototype chain, as reflect-metadata does.
  reflect.getMetadata = (key, target, property) => {
    for (let at: Target | null = target; at !== null; at = Object.getPrototypeOf(at)) {
      const entries = own(at, property, false);
      if (entries?.has(key)) return entries.get(key);
    }
    return undefined;
  };
}
