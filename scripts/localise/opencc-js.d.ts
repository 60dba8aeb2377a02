/**
 * opencc-js ships types for its main entry (`opencc-js`, see node_modules/opencc-js/types), but not
 * for its per-dictionary modules. Deckwright imports a few of those directly to build the
 * script-only converters used for people's names (characters, no phrase tables).
 * Each module's default export is a dictionary in opencc-js's "source target|source target" form.
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string
  export default dictionary
}
