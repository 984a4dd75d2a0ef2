/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets parallel test runs build into separate folders (see playwright.config.ts).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run check` type-checks the whole project before any build; doing it again here only
  // slows builds on small machines.
  typescript: { ignoreBuildErrors: true },
  // The proxy streams through route handlers; never proxy with rewrites(): they buffer streams.
  // A self-contained server in .next/standalone, for the Dockerfile and plain `node server.js`.
  output: "standalone",
  // Static files skip proxy.ts; these reach them too (proxy.ts adds the CSP to pages and APIs).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
