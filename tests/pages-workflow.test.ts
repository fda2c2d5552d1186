/**
 * The GitHub Pages workflow cannot run here, so it is kept correct by construction: this test parses
 * it and holds it to the rules of the deployment — main only, least privilege per job, the public
 * build at the repository's base path and the preview beside it under preview/, each link-checked
 * under its own base path before the one deployment — and runs its shell steps with bash.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectRunsInOrder, readWorkflow, type Job, type Step } from './workflow-file.ts';
import { describe, expect, it } from 'vitest';
import { normalizeBase } from '../src/lib/site/site-path.ts';
import { projectRoot } from './helpers.ts';

interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
  permissions: unknown;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const { text, workflow, steps, runs } = readWorkflow<Workflow>('pages.yml');
const { build, deploy } = workflow.jobs as { build: Job; deploy: Job };
const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const stepNamed = (name: string) => build.steps.find((step) => step.name === name)!;
const usesOf = (action: string) => steps.filter((step) => step.uses?.startsWith(`${action}@`));

/** Runs a step's shell script with bash in `dir`, as Actions would, with a GITHUB_ENV file to write to. */
function runStep(step: Step, dir: string, env: Record<string, string> = {}) {
  const githubEnv = join(dir, 'github-env');
  writeFileSync(githubEnv, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GITHUB_ENV: githubEnv, ...env },
  });
  const written = Object.fromEntries(
    readFileSync(githubEnv, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { status: result.status, stdout: result.stdout, env: written };
}

describe('.github/workflows/pages.yml', () => {
  it('runs on pushes to main and when started by hand', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(workflow.on.push?.branches).toEqual(['main']);
  });

  it('grants no default permissions: the build reads the repository and the Pages settings, only the deploy job may deploy', () => {
    expect(workflow.permissions).toEqual({});
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('deploys one run at a time in the pages group and never cancels a deployment halfway', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  it('gives every job a timeout and pins every action to a full commit SHA with its tag in a comment', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
    for (const step of steps.filter((candidate) => candidate.uses)) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const line of text.split('\n').filter((candidate) => candidate.includes('uses:'))) expect(line).toMatch(/ # v\d+\.\d+\.\d+$/);
  });

  it('installs the way CI does, with every dependency and its install scripts', () => {
    expect(runs).toContain('npm install --no-audit --no-fund');
    expect(runs).not.toMatch(/npm ci\b|--ignore-scripts|--omit=dev/);
    expect(usesOf('actions/checkout')[0]?.with).toMatchObject({ 'persist-credentials': false });
  });

  describe('the addresses of the two builds, from the Pages settings', () => {
    const step = stepNamed('Set the addresses of both builds');
    const pages = usesOf('actions/configure-pages')[0]!;

    it("takes the origin and base path from configure-pages' outputs, through the environment", () => {
      expect(build.steps.indexOf(pages)).toBeLessThan(build.steps.indexOf(step));
      expect(step.env).toEqual({
        PAGES_ORIGIN: `\${{ steps.${pages.id}.outputs.origin }}`,
        PAGES_BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}`,
      });
    });

    it.each([
      ['a project site', 'https://owner.github.io', '/louisiana-stem-microcredentials'],
      ['a custom domain', 'https://catalog.example.org', ''],
    ])('puts the public build at the base path of %s and the preview under its preview/', (_case, origin, basePath) => {
      const result = runStep(step, mkdtempSync(join(tmpdir(), 'mc-pages-')), { PAGES_ORIGIN: origin, PAGES_BASE_PATH: basePath });
      expect(result.status).toBe(0);
      expect(result.env).toEqual({
        SITE_URL: origin,
        PUBLIC_BASE: normalizeBase(basePath),
        PREVIEW_BASE: `${normalizeBase(basePath)}preview/`,
      });
    });
  });

  it('checks the content, then builds and link-checks the public site and the preview, each under its own base path, in that order', () => {
    const order = [
      'npm install --no-audit --no-fund',
      'npm run check',
      'SITE_BASE="$PUBLIC_BASE" npm run build',
      'npm run check:links -- --dist dist --base "$PUBLIC_BASE" --site "$SITE_URL"',
      'cp -R dist _site',
      'SITE_BASE="$PREVIEW_BASE" npm run build -- --drafts',
      'npm run check:links -- --dist dist --base "$PREVIEW_BASE" --site "$SITE_URL"',
      'cp -R dist _site/preview',
    ];
    expectRunsInOrder(runs, order);
    for (const script of ['check', 'build', 'check:links']) expect(scripts[script], script).toBeDefined();
  });

  describe('the preview beside the public site', () => {
    const step = stepNamed('Put the preview in _site/preview/');
    const stage = (withPreviewFolder: boolean) => {
      const dir = mkdtempSync(join(tmpdir(), 'mc-pages-'));
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'index.html'), 'preview');
      mkdirSync(join(dir, '_site', ...(withPreviewFolder ? ['preview'] : [])), { recursive: true });
      return dir;
    };

    it('copies the preview build into _site/preview/', () => {
      const dir = stage(false);
      expect(runStep(step, dir).status).toBe(0);
      expect(readFileSync(join(dir, '_site', 'preview', 'index.html'), 'utf8')).toBe('preview');
    });

    it('refuses to overwrite a preview/ folder of the public site', () => {
      const dir = stage(true);
      const result = runStep(step, dir);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('would overwrite');
      expect(existsSync(join(dir, '_site', 'preview', 'index.html'))).toBe(false);
    });
  });

  it('uploads _site/ once, from the build job, and deploys it from main only in the github-pages environment', () => {
    const uploads = usesOf('actions/upload-pages-artifact');
    expect(uploads).toHaveLength(1);
    expect(build.steps.at(-1)).toBe(uploads[0]);
    expect(uploads[0]!.with).toEqual({ path: '_site/' });
    expect(deploy.needs).toBe('build');
    expect(deploy.if).toBe("${{ github.ref == 'refs/heads/main' }}");
    const deployment = usesOf('actions/deploy-pages');
    expect(deployment).toHaveLength(1);
    expect(deploy.steps).toEqual(deployment);
    expect(deploy.environment).toEqual({ name: 'github-pages', url: `\${{ steps.${deployment[0]!.id}.outputs.page_url }}` });
  });

  it('interpolates no expression into shell commands', () => {
    expect(runs).not.toMatch(/\$\{\{/);
  });
});
