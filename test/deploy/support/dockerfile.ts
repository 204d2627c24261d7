import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');

export interface DockerfileInstruction {
  instruction: string;
  /** The arguments, continuation lines joined. */
  args: string;
}

export interface DockerfileStage {
  name: string;
  from: string;
  instructions: DockerfileInstruction[];
}

/** A small Dockerfile reader: enough for this repository's file (stages, COPY, RUN, CMD; `\` continuations). */
export function readDockerfile(path = join(ROOT, 'Dockerfile')): {
  args: Map<string, string>;
  stages: DockerfileStage[];
} {
  const lines = readFileSync(path, 'utf8').split('\n');
  const logical: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (current === '' && (line.trim().startsWith('#') || line.trim() === '')) continue;
    if (line.endsWith('\\')) {
      current += line.slice(0, -1) + ' ';
      continue;
    }
    logical.push((current + line).trim());
    current = '';
  }
  const args = new Map<string, string>();
  const stages: DockerfileStage[] = [];
  for (const entry of logical) {
    const [instruction, ...rest] = entry.split(/\s+/);
    const text = rest.join(' ');
    const upper = instruction.toUpperCase();
    if (upper === 'ARG' && stages.length === 0) {
      const [key, value = ''] = text.split('=');
      args.set(key, value);
    } else if (upper === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(text);
      if (!match) throw new Error(`Unreadable FROM: ${entry}`);
      stages.push({ name: match[2] ?? `stage-${stages.length}`, from: match[1], instructions: [] });
    } else {
      if (stages.length === 0) throw new Error(`${upper} before the first FROM`);
      stages[stages.length - 1].instructions.push({ instruction: upper, args: text });
    }
  }
  return { args, stages };
}

/** The stages `target` is built on (FROM <stage>), base first, ending with `target`. */
export function stageChain(stages: DockerfileStage[], target: string): DockerfileStage[] {
  const byName = new Map(stages.map((stage) => [stage.name, stage]));
  const chain: DockerfileStage[] = [];
  for (let stage = byName.get(target); stage; stage = byName.get(stage.from)) chain.unshift(stage);
  if (chain.length === 0) throw new Error(`No stage ${target}`);
  return chain;
}

/** `COPY a b ./dest` without --from: the context paths it takes (all but the last argument). */
export function copySources(instruction: DockerfileInstruction): string[] {
  const parts = instruction.args.split(/\s+/).filter((part) => !part.startsWith('--'));
  return parts.slice(0, -1).map((part) => part.replace(/^\.\//, ''));
}

/** A JSON-form CMD/command (["node", "dist/x.js"]) as its argv. */
export function execForm(args: string): string[] {
  return JSON.parse(args) as string[];
}
