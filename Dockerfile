# The API image (the database runs in its own container; see docker-compose.yml).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY schema ./schema
COPY docs/cookbook ./docs/cookbook
COPY src ./src
COPY web ./web
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The IDE and network page (built by `npm run build`); pages.ts serves them from web/dist.
COPY --from=build /app/web/dist ./web/dist
COPY package.json ./
COPY schema ./schema
COPY seed ./seed
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
