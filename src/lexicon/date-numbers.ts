// Numbers as news spells them in temporal phrases: "three years", "twenty
// four hours", "the third quarter", "March eighth", "nineteen ninety-six".

export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** "a year", "an hour", "a couple of days", "a dozen years" */
export const ARTICLE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['a couple of', 2], ['a couple', 2], ['couple of', 2], ['a dozen', 12], ['dozen', 12], ['a half', 0.5], ['half a', 0.5],
]);

/** Quantities that say "some number of": TimeML writes the number as X ("PXY"). */
export const FUZZY_COUNTS = ['a few', 'few', 'several', 'some', 'many', 'a number of', 'dozens of', 'hundreds of', 'thousands of', 'the next few', 'numerous'] as const;

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
]);

/** Decade words of spoken years and of "the eighties". */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);
