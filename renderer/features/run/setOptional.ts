/**
 * Set an optional field, removing the key when the value is undefined so a saved design holds no
 * `"key": undefined` leftovers and "absent" keeps meaning "use the default".
 */
export function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}
