/** write-good ships no types; the benchmark only counts its suggestions. */
declare module "write-good" {
  function writeGood(
    text: string,
    options?: Record<string, boolean>,
  ): { index: number; offset: number; reason: string }[];
  export default writeGood;
}
