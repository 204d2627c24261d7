/** The shared e2e harness of the API: boot, seed, log in, clean up. See api-test-app.ts. */
export {
  TEST_ACCOUNTS,
  USERNAME_OF_ROLE,
  startApiTestApp,
  testPasswordOf,
  type ApiTestApp,
  type ApiTestAppOptions,
  type TestAccount,
} from './api-test-app';
export { httpClient, type HttpClient } from './http-client';
