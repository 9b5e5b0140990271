import type { TestProject } from 'vitest/node';

import { startFixtureServer } from './fixture-server';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startFixtureServer();
  project.provide('fixtureOrigin', server.origin);
  return server.close;
}
