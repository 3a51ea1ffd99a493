import { describe, expect, it } from 'vitest';
import '@/lib/certificate/reflect';

type Metadata = {
  defineMetadata(key: string, value: unknown, target: object): void;
  getMetadata(key: string, target: object): unknown;
  getOwnMetadata(key: string, target: object): unknown;
};
const reflect = Reflect as unknown as Metadata;

describe('the Reflect metadata the X.509 library needs', () => {
  it('keeps metadata per object, inherited down the prototype chain', () => {
    class Parent {}
    class Child extends Parent {}
    reflect.defineMetadata('injectionTokens', { 0: 'token' }, Parent);
    expect(reflect.getOwnMetadata('injectionTokens', Parent)).toEqual({ 0: 'token' });
    expect(reflect.getMetadata('injectionTokens', Child)).toEqual({ 0: 'token' });
    expect(reflect.getOwnMetadata('injectionTokens', Child)).toBeUndefined();
    expect(reflect.getMetadata('design:paramtypes', Child)).toBeUndefined();
  });
});
