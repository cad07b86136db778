// asciichart ships no types; this is the one function the CLI uses.
declare module 'asciichart' {
  export function plot(
    series: number[] | number[][],
    config?: { height?: number; format?: (x: number) => string },
  ): string;
}
