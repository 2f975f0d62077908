# syntax=docker/dockerfile:1
# Eisentoets as a service: built once in the first stage, run as a non-root user from the second.
# docker build -t eisentoets . ; see docs/beheer.md and compose.yaml.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 is compiled here from its npm sources instead of fetching a prebuilt binary from GitHub.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# node-gyp uses the headers that come with this Node image, so nothing is fetched from nodejs.org either.
ENV npm_config_build_from_source=true npm_config_nodedir=/usr/local
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY server ./server
COPY schemas ./schemas
COPY templates ./templates
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 EISENTOETS_DATA=/data/eisentoets.sqlite
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schemas ./schemas
COPY --from=build /app/templates ./templates
# SQL migrations and static files are read from server/ at run time.
COPY --from=build /app/server/screening/migrations ./server/screening/migrations
COPY --from=build /app/server/web/static ./server/web/static
# The SQLite file (when DATABASE_URL is not set) lives in a volume the app user owns.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
# Ready means: catalog loaded and the database answers (GET /readyz).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/main.js"]
