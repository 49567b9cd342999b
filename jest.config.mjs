/**
 * Jest in ESM mode (arquero, vega and friends are ESM-only). The test script pins TZ to
 * Pacific/Kiritimati (UTC+14) so that any accidental local-time Date arithmetic fails.
 * ts-jest only transpiles (isolatedModules); `npm run typecheck` does the type check.
 */
export default {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  testTimeout: 60000,
};
