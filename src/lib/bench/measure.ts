/**
 * Runs one command and measures what it cost: wall time, and the peak memory of its whole process
 * tree. Astro hands work to esbuild and Pagefind runs as its own binary, so the memory of the
 * command's own process alone would miss much of what a build holds at its peak.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measurement {
  /** Milliseconds from spawning the command to its exit. */
  wallMs: number;
  /** Largest sum, over one sample, of the resident memory of the command and all its descendants. */
  peakBytes: number;
  /** The exit code, or null when a signal ended the command. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds between memory samples; short enough to catch a peak that lasts a moment. */
  sampleEveryMs?: number;
}

/** Resident memory of one process in bytes, or 0 when it has exited meanwhile. */
function residentBytes(pid: number): number {
  try {
    const kilobytes = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m)?.[1];
    return kilobytes ? Number(kilobytes) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The direct children of a process, over all its threads (a child belongs to the thread that forked it). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((thread) =>
      readFileSync(`/proc/${pid}/task/${thread}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** The resident memory of a process and all its descendants, summed, as one sample. */
export function treeResidentBytes(pid: number): number {
  let total = 0;
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    total += residentBytes(next);
    pending.push(...childrenOf(next));
  }
  return total;
}

/** Runs `command args`, capturing its output, and measures its wall time and peak tree memory. */
export function measure(command: string, args: string[], options: MeasureOptions = {}): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakBytes = 0;
    const sample = () => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
    };
    const sampler = setInterval(sample, options.sampleEveryMs ?? 20);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(new Error(`could not run ${command}: ${error.message}`));
    });
    child.on('close', (exitCode) => {
      clearInterval(sampler);
      resolve({
        wallMs: performance.now() - started,
        peakBytes,
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}
