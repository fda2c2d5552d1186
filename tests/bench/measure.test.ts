/** measure() sees the memory of the whole process tree it starts, and reports how the command ended. */
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/lib/bench/measure.ts';

const MB = 2 ** 20;
/** A child that holds about 200 MB for a second and a half, then exits with code 7. */
const ALLOCATE = 'const held = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => process.exit(held.length ? 7 : 0), 1500);';

describe('measure()', () => {
  it('reports the peak memory of a child that allocates about 200 MB, and its exit code', async () => {
    const run = await measure(process.execPath, ['-e', ALLOCATE]);
    expect(run.peakBytes).toBeGreaterThan(150 * MB);
    expect(run.exitCode).toBe(7);
    expect(run.wallMs).toBeGreaterThan(0);
  });

  it('adds up the memory of grandchildren, as Pagefind and esbuild run under a build', async () => {
    const grandchild = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(ALLOCATE)}], { stdio: 'inherit' })`;
    const run = await measure(process.execPath, ['-e', grandchild]);
    expect(run.peakBytes).toBeGreaterThan(150 * MB);
  });

  it('captures what the command prints', async () => {
    const run = await measure(process.execPath, ['-e', 'console.log("out"); console.error("err")']);
    expect(run).toMatchObject({ exitCode: 0, stdout: 'out\n', stderr: 'err\n' });
  });

  it('says which command could not be started', async () => {
    await expect(measure('/no/such/command', [])).rejects.toThrow('could not run /no/such/command');
  });
});
