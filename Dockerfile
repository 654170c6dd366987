# syntax=docker/dockerfile:1

# bookworm (glibc), not alpine: @temporalio/core-bridge ships prebuilt glibc binaries only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

# Full dependencies, source and dist: runs the TypeScript migrations (@swc-node/register is a dev dependency).
FROM build AS tools
USER node
CMD ["npm", "run", "migration:run"]

FROM build AS prune
RUN npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
COPY --from=prune /app/package.json ./
COPY --from=prune /app/node_modules ./node_modules
COPY --from=prune /app/dist ./dist
COPY --from=prune /app/migrations ./migrations
COPY --from=prune /app/config ./config
USER node
EXPOSE 3000 3001
CMD ["node", "dist/apps/api/main.js"]
