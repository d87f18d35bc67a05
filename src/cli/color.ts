// Colour only for people: on a terminal, unless NO_COLOR says otherwise;
// FORCE_COLOR turns it on anywhere (https://no-color.org, https://force-color.org).
export function colorLevel(env: NodeJS.ProcessEnv, terminal: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return terminal ? 1 : 0;
}
