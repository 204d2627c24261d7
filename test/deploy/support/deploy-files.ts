import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ROOT, execForm, readDockerfile } from './dockerfile';

/** Every YAML file of the repository (outside dependencies and build output). */
export function yamlFiles(dir = ROOT): string[] {
  const skip = new Set(['node_modules', '.git', 'dist', 'var', 'coverage']);
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      if (skip.has(entry.name)) return [];
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(entry.name) ? [relative(ROOT, path)] : [];
    })
    .sort();
}

export interface YamlDocument {
  file: string;
  index: number;
  value: unknown;
}

/** Parses every document of a file, YAML 1.1 merge keys (`<<`) resolved as Compose does; throws on any error. */
export function readYaml(file: string): YamlDocument[] {
  const documents = parseAllDocuments(readFileSync(join(ROOT, file), 'utf8'), { merge: true, prettyErrors: true });
  const list = Array.isArray(documents) ? documents : [documents];
  return list.map((document, index) => {
    const problems = [...document.errors, ...document.warnings];
    if (problems.length > 0)
      throw new Error(`${file} (document ${index}): ${problems.map((p) => p.message).join('; ')}`);
    return { file, index, value: document.toJS({ maxAliasCount: 100 }) as unknown };
  });
}

export type Json = Record<string, unknown>;

export const COMPOSE_FILES = [
  'docker-compose.yml',
  'deploy/eventstore-cluster/docker-compose.yml',
  'deploy/kurrentdb.yml',
];
export const K8S_DIR = 'deploy/k8s';

/** A Compose service with `extends` resolved (one level, as used here; the base's keys below the service's own). */
export function composeServices(file: string): Map<string, Json> {
  const [document] = readYaml(file);
  const services = ((document.value as Json).services ?? {}) as Record<string, Json>;
  const resolved = new Map<string, Json>();
  for (const [name, service] of Object.entries(services)) {
    const base = service.extends as { file?: string; service: string } | undefined;
    if (!base) {
      resolved.set(name, service);
      continue;
    }
    const baseFile = base.file ? relative(ROOT, join(ROOT, dirname(file), base.file)) : file;
    const baseService = composeServices(baseFile).get(base.service);
    if (!baseService) throw new Error(`${file}: ${name} extends ${base.service}, which ${baseFile} does not define`);
    const { extends: _extends, ...own } = service;
    resolved.set(name, { ...baseService, ...own });
  }
  return resolved;
}

/** Every Kubernetes object in deploy/k8s, with where it comes from. */
export function kubernetesObjects(): (YamlDocument & { value: Json })[] {
  return yamlFiles(join(ROOT, K8S_DIR))
    .flatMap((file) => readYaml(file))
    .filter(
      (document) => document.value !== null && (document.value as Json).kind !== 'Kustomization',
    ) as (YamlDocument & {
    value: Json;
  })[];
}

/** Runs the objects through the Kubernetes JSON schemas (kubernetes-models, offline); returns the failures. */
export function validateAgainstKubernetesSchemas(
  objects: { where: string; object: Json }[],
): { where: string; kind: string; errors: string[] }[] {
  const output = execFileSync(process.execPath, [join(__dirname, 'validate-k8s.mjs')], {
    input: JSON.stringify(objects),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as { where: string; kind: string; errors: string[] }[];
}

/** The pod spec of a Deployment or Job, or undefined. */
export function podSpecOf(object: Json): Json | undefined {
  const template = ((object.spec as Json | undefined)?.template as Json | undefined)?.spec as Json | undefined;
  return template;
}

/**
 * Every `node dist/...` argv the deployment starts: the image's CMD, each Compose service of the app image
 * (its command, or the image's CMD), each container of the Kubernetes manifests.
 */
export function deployedNodeCommands(): string[][] {
  const runtime = readDockerfile().stages.find((stage) => stage.name === 'runtime');
  const cmd = runtime?.instructions.filter((i) => i.instruction === 'CMD').at(-1);
  if (!cmd) throw new Error('The Dockerfile has no CMD in its runtime stage');
  const imageCmd = execForm(cmd.args);
  const commands = [imageCmd];
  for (const file of COMPOSE_FILES) {
    for (const service of composeServices(file).values()) {
      if (service.build === undefined) continue;
      commands.push((service.command as string[] | undefined) ?? imageCmd);
    }
  }
  for (const { value } of kubernetesObjects()) {
    const pod = podSpecOf(value);
    for (const container of [...((pod?.initContainers as Json[]) ?? []), ...((pod?.containers as Json[]) ?? [])]) {
      commands.push((container.command as string[] | undefined) ?? imageCmd);
    }
  }
  return commands.filter((argv) => argv[0] === 'node');
}
