# The API image (the database runs in its own container; see docker-compose.yml).
# Base images are pinned to a patch version; bump them together with engines in package.json.
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY schema ./schema
# The shipped operations: the pages' typed documents and the cookbook (build), the warm-up's hot set (run time).
COPY operations ./operations
COPY src ./src
COPY web ./web
RUN npm run build
# The IDE serves four files from GraphiQL's and React's npm packages (src/http/pages.ts): keep just those,
# then drop every development package (GraphiQL's dependency tree is most of node_modules).
RUN mkdir /vendor && cp --parents \
      node_modules/graphiql/dist/index.umd.js \
      node_modules/graphiql/dist/style.css \
      node_modules/react/umd/react.production.min.js \
      node_modules/react-dom/umd/react-dom.production.min.js \
      /vendor/ \
  && npm prune --omit=dev

FROM node:24.22.3-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /vendor/node_modules/ ./node_modules/
COPY --from=build /app/dist ./dist
# The IDE and network page (built by `npm run build`); pages.ts serves them from web/dist.
COPY --from=build /app/web/dist ./web/dist
COPY package.json ./
COPY schema ./schema
COPY seed ./seed
COPY operations ./operations
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
