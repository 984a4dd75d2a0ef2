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
};

module.exports = nextConfig;
