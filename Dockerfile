# The trust center for real deployments: docker-compose.yml runs the same topology as
# `npm run start:cluster` (two app instances, one worker, Varnish, MongoDB, Redis).
# Not built on the project's own machines (no Docker there): the local cluster script runs the
# same commands, and is what the tests exercise. Targets:
#   app     Next.js `output: 'standalone'`: node server.js (the portal, the admin, the API)
#   worker  the full project: `npm run worker` (the jobs queue), and the operator commands
#           (`npm run seed`, `npm run backup`, `npm run restore`, `npm run evidence:verify`)
#
#   docker build --build-arg NEXT_PUBLIC_SERVER_URL=https://trust.example.com --target app -t trust-center-app .

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# `next build` reads the database (pages prerendered from content). With no DATABASE_URI, the
# build starts the embedded FerretDB (built with Go, as for a local run) on an empty database:
# pages then render on their first request and are cached from there (src/data/publicQuery.ts).
FROM ${NODE_IMAGE} AS builder
COPY --from=golang:1.26-bookworm /usr/local/go /usr/local/go
ENV PATH=/usr/local/go/bin:$PATH \
    NEXT_TELEMETRY_DISABLED=1 \
    NEXT_OUTPUT_STANDALONE=true
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Next.js bakes the public address into the build; the server refuses another one.
ARG NEXT_PUBLIC_SERVER_URL
RUN test -n "$NEXT_PUBLIC_SERVER_URL" || (echo "--build-arg NEXT_PUBLIC_SERVER_URL=https://… is required" && exit 1)
RUN node scripts/install-tools.mjs && npm run build

FROM ${NODE_IMAGE} AS app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=builder --chown=node:node /app/.next/standalone ./
COPY --from=builder --chown=node:node /app/.next/static ./.next/static
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]

FROM ${NODE_IMAGE} AS worker
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node . .
USER node
CMD ["npm", "run", "worker"]
