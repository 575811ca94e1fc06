// autocannon ships no types; the bench uses only its callback form.
declare module 'autocannon' {
  const autocannon: (options: Record<string, unknown>, done: (error: unknown, result: any) => void) => unknown;
  export default autocannon;
}
