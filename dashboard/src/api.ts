import type { TypedDocumentString } from './gql/graphql.js';

export class ApiError extends Error {}

/**
 * The typed fetch helper: sends a document by its persisted id (the client preset's hash),
 * so the same page works when the server accepts only the allow-listed documents.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const documentId = document.__meta__?.hash as string | undefined;
  const body = documentId ? { documentId, variables } : { query: document.toString(), variables };
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (json.errors?.length) throw new ApiError(json.errors.map((e) => e.message).join('; '));
  if (!json.data) throw new ApiError(`no data (HTTP ${response.status})`);
  return json.data;
}
