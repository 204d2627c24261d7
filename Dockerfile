# syntax=docker/dockerfile:1
# One image for both services: the API (default command) and the projector (command overridden), plus
# the migration step (`node dist/scripts/migrate.js`). Built from a clean `npm ci`, runs as `node`.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
# apps + libs (npm run build), then the operational scripts (migrate, seed) beside them in dist/.
RUN npm run build \
 && npx tsc -p scripts/tsconfig.build.json \
 && npx tsc-alias -p scripts/tsconfig.build.json \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000 3001
# Signals go straight to node (no shell, no npm) so SIGTERM starts the graceful shutdown.
CMD ["node", "--enable-source-maps", "dist/apps/api/src/main.js"]
