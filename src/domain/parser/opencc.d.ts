// opencc-js ships its dictionaries as modules without type declarations.
declare module "opencc-js/dict/TSCharacters" {
  /** "繁 简|繁 简 简2|…": traditional characters and their simplified forms. */
  const dict: string;
  export default dict;
}
