# syntax=docker/dockerfile:1
# One image for both services: the API (default command) and the projector (command overridden), plus the
# one-shot steps `node dist/scripts/migrate.js` and `node dist/scripts/seed.js`, and the operators' CLI
# (`node dist/apps/cli/src/main.js`). Built from a clean `npm ci`, runs as `node` (uid 1000).
#
# test/deploy/dockerfile-build.int.spec.ts runs this file's build-stage RUN commands (all but `npm prune`)
# on a copy of what the COPY lines bring in, without Docker, so the build cannot silently rot.

# Node.js 26 "Lithium", the Active LTS line (the runtime of the image; CI may run any supported version).
ARG NODE_IMAGE=node:26-trixie-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
# The npm scripts, not a copy of them: apps + libs + the web app (dist/web), then migrate/seed in dist/scripts.
RUN npm run build && npm run build:scripts
RUN npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    EVIDENCE_DIR=/var/lib/dti/evidence
WORKDIR /app
# Writable places the processes use; with a read-only root filesystem (deploy/k8s) they are mounted volumes.
RUN mkdir -p /app/var "$EVIDENCE_DIR" && chown node:node /app/var "$EVIDENCE_DIR"
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000 3001
# Signals go straight to node (no shell, no npm) so SIGTERM starts the graceful shutdown.
CMD ["node", "--enable-source-maps", "dist/apps/api/src/main.js"]
