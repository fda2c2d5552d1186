/** The part of the `pos` package (jsPOS, a Brill tagger) the wording checks use; it ships no types. */
declare module 'pos' {
  interface Tagger {
    /** Each word with its Penn Treebank tag: NN, NNS, JJ, VBG, DT... */
    tag(words: string[]): Array<[string, string]>;
  }
  const pos: { Tagger: new () => Tagger };
  export default pos;
}
