# syntax=docker/dockerfile:1
# The worker: BullMQ processors and schedulers, no HTTP. Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t accord-worker .
FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false npx nx run-many -t build --projects=worker --outputStyle=static \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20.20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist/apps/worker ./dist/apps/worker
USER node
# SIGTERM lets the worker finish the job in hand before it exits.
STOPSIGNAL SIGTERM
CMD ["node", "dist/apps/worker/apps/worker/src/main.js"]
