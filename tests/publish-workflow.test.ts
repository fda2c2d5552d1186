/**
 * The Credential Registry publish workflow cannot run here, so it is kept correct by construction:
 * this test parses it and holds it to the rules of issue 13 — run by hand only, sandbox by default,
 * Credential Engine's action pinned by commit, the API key from a secret, and the URL list read from
 * the build's ctdl-urls.txt rather than kept by hand.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectRunsInOrder, readWorkflow, type Job } from './workflow-file.ts';
import { describe, expect, it } from 'vitest';
import { API_PATHS } from '../src/lib/exports/catalog-api.ts';

interface Workflow {
  on: Record<string, { inputs?: Record<string, { type?: string; options?: string[]; default?: string; required?: boolean }> }>;
  permissions: unknown;
  jobs: Record<string, Job>;
}

const { text, workflow, steps, runs } = readWorkflow<Workflow>('publish-credential-registry.yml');
const jobs = Object.values(workflow.jobs);
const ACTION = 'credentialengine/credential-registry-publish-action';
const publish = steps.filter((step) => step.uses?.startsWith(`${ACTION}@`));
const URL_FILE = `dist${API_PATHS.ctdlUrls}`;

describe('.github/workflows/publish-credential-registry.yml', () => {
  it('runs only when started by hand', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
  });

  it('asks which registry to publish to, sandbox by default', () => {
    const input = workflow.on.workflow_dispatch!.inputs!.registry_env!;
    expect(input).toMatchObject({ type: 'choice', default: 'sandbox', required: true });
    expect(input.options).toEqual(['sandbox', 'staging', 'production']);
  });

  it('grants no default permissions and lets the job read the repository only', () => {
    expect(workflow.permissions).toEqual({});
    for (const job of jobs) expect(job.permissions).toEqual({ contents: 'read' });
    for (const job of jobs) expect(job['timeout-minutes']).toBeGreaterThan(0);
  });

  it("publishes once, with Credential Engine's action pinned to a full commit SHA with its tag in a comment", () => {
    expect(publish).toHaveLength(1);
    for (const step of steps.filter((candidate) => candidate.uses)) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const line of text.split('\n').filter((candidate) => candidate.includes('uses:'))) expect(line).toMatch(/ # v\d+\.\d+\.\d+$/);
  });

  it('passes the registry chosen, the organization CTID from a variable and the API key from a secret', () => {
    const inputs = publish[0]!.with!;
    expect(Object.keys(inputs).sort()).toEqual(['organization_ctid', 'registry_api_key', 'registry_env', 'urls']);
    expect(inputs.registry_env).toBe('${{ inputs.registry_env }}');
    expect(inputs.organization_ctid).toMatch(/^\$\{\{ vars\.[A-Z_]+ \}\}$/);
    expect(inputs.registry_api_key).toBe('${{ secrets.CREDENTIAL_ENGINE_API_KEY }}');
    // The key reaches the action alone: no shell step or environment sees it.
    expect(text.match(/secrets\./g)).toHaveLength(1);
  });

  it("takes the URLs from the build's ctdl-urls.txt, built after installing and before publishing, never from a hand-kept list", () => {
    const urls = String(publish[0]!.with!.urls);
    const [, stepId] = /^\$\{\{ steps\.([\w-]+)\.outputs\.urls \}\}$/.exec(urls) ?? [];
    expect(stepId, urls).toBeDefined();
    const list = steps.find((step) => step.id === stepId)!;
    expect(list.run).toContain(URL_FILE);
    expect(list.run).toMatch(/paste -sd, /);
    const order = ['npm install', 'npm run build', list.run!];
    expectRunsInOrder(runs, order);
    expect(steps.indexOf(list)).toBeLessThan(steps.indexOf(publish[0]!));
    // No URL is written into the workflow itself.
    expect(text).not.toMatch(/https?:\/\/[\w-]+\./);
  });

  it('builds with the deployed address from a repository variable, which the action fetches from', () => {
    expect(jobs[0]!.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    expect(runs).toMatch(/curl [^\n]*"\$url"/);
  });

  it('interpolates no inputs or event data into shell commands', () => {
    expect(runs).not.toMatch(/\$\{\{/);
  });

  describe('its shell steps, run with bash on a stand-in build', () => {
    const SITE = 'https://catalog.example.org';
    const CTID = 'ce-0b6c2a52-4f2e-4c8e-9d7a-2f1e5b3c4d5e';
    const stepNamed = (name: string) => steps.find((step) => step.name === name)!.run!;
    function runStep(script: string, lines: string[], env: Record<string, string>) {
      const dir = mkdtempSync(join(tmpdir(), 'mc-publish-'));
      mkdirSync(join(dir, 'dist', 'api'), { recursive: true });
      writeFileSync(join(dir, URL_FILE), lines.map((line) => `${line}\n`).join(''));
      const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
      for (const file of Object.values(files)) writeFileSync(file, '');
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, ...files, ...env },
      });
      return { status: result.status, stdout: result.stdout, output: readFileSync(files.GITHUB_OUTPUT, 'utf8') };
    }

    it('joins the URLs of ctdl-urls.txt with commas for the action', () => {
      const lines = [`${SITE}/credentials/a/ctdl.json`, `${SITE}/credentials/b/ctdl.json`];
      const result = runStep(stepNamed('List the CTDL URLs from the build'), lines, { SITE_URL: SITE });
      expect(result.status).toBe(0);
      expect(result.output).toBe(`urls=${lines.join(',')}\n`);
    });

    it('stops with a clear error when no credential is published', () => {
      const result = runStep(stepNamed('List the CTDL URLs from the build'), [], { SITE_URL: SITE });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('No credential is published');
    });

    it('refuses a URL list that is not on the deployed site', () => {
      const result = runStep(stepNamed('List the CTDL URLs from the build'), ['http://localhost:4321/credentials/a/ctdl.json'], {
        SITE_URL: SITE,
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('is not on https://catalog.example.org/');
    });

    it.each([
      ['an unset site address', { SITE_URL: '', ORGANIZATION_CTID: CTID }, 'SITE_URL'],
      ['a site address that is not https', { SITE_URL: 'http://localhost:4321', ORGANIZATION_CTID: CTID }, 'SITE_URL'],
      ['an unset organization CTID', { SITE_URL: SITE, ORGANIZATION_CTID: '' }, 'CREDENTIAL_ENGINE_ORGANIZATION_CTID'],
    ])('stops on %s, naming the variable to set', (_case, env, variable) => {
      const result = runStep(stepNamed('Check the settings'), [], env);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(variable);
    });

    it('accepts an https site address and a CTID', () => {
      expect(runStep(stepNamed('Check the settings'), [], { SITE_URL: SITE, ORGANIZATION_CTID: CTID }).status).toBe(0);
    });
  });
});
