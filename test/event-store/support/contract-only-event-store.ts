/**
 * Jest setup file (every project): with EVENTSTORE_CONNECTION_STRING set in the shell, only the
 * EventStoreDB contract suite may use that server. Every other suite builds apps and CLIs from
 * process.env, and would otherwise all write into one shared server with nothing cleaned up; they keep
 * to their own PostgreSQL schemas instead. The contract suite reads the moved value.
 */
export const CONTRACT_CONNECTION_STRING_KEY = 'DTI_CONTRACT_EVENTSTORE_CONNECTION_STRING';

export function keepEventStoreServerForContract(env: NodeJS.ProcessEnv): void {
  const value = env.EVENTSTORE_CONNECTION_STRING;
  if (value !== undefined && value.trim() !== '') env[CONTRACT_CONNECTION_STRING_KEY] ??= value;
  delete env.EVENTSTORE_CONNECTION_STRING;
}

keepEventStoreServerForContract(process.env);
