// The slice of jStat's API this project uses (jstat ships no types; its CommonJS export is the jStat object).
declare module 'jstat' {
  interface JStat {
    studentt: { cdf(x: number, dof: number): number; inv(p: number, dof: number): number };
    normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number };
    median(values: number[]): number;
  }
  const jStat: JStat;
  export default jStat;
}
