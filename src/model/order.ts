/**
 * The orders lists are answered in. `a.localeCompare(b, locales)` is specified as
 * `new Intl.Collator(locales).compare(a, b)`: the same order, without building a collator per comparison.
 */

/** Ids (and the network's lists): the default locale's collation, as `localeCompare` without arguments. */
export const ID_ORDER = new Intl.Collator();

/** Names, in English collation. */
export const NAME_ORDER = new Intl.Collator('en');
