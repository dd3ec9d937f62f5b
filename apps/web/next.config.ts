import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages export TypeScript source; Next compiles them.
  transpilePackages: [
    "@xroi/ui",
    "@xroi/validators",
    "@xroi/api",
    "@xroi/core",
    "@xroi/db",
    "@xroi/lrs",
  ],
  // Loaded from node_modules at run time: WebAssembly (PGlite, Prisma's query compiler) and the pg driver.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
  ],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default config;
