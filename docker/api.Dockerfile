# syntax=docker/dockerfile:1
# The API: serves /api and the built dashboard on one port. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t accord-api .
FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false npx nx run-many -t build --projects=api,dashboard --outputStyle=static \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20.20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DASHBOARD_DIST=/app/dist/apps/dashboard
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist/apps/api ./dist/apps/api
COPY --from=build --chown=node:node /app/dist/apps/dashboard ./dist/apps/dashboard
USER node
EXPOSE 3000
# Readiness (PostgreSQL answers), not the detailed status: a queue-only outage must not mark the API unhealthy.
HEALTHCHECK --interval=15s --timeout=3s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
