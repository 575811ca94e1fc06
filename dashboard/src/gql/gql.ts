/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardMap($asOf: Date!) {\n    jurisdictions {\n      id\n      code\n      name\n      fips\n      medicareContractors(asOf: $asOf) {\n        role\n        coverage\n        program { id }\n        administrator { id name }\n        jurisdiction { id name }\n      }\n      medicaidExpansion { adopted effective }\n      fmapRates { fiscalYear percent }\n      ship { id name }\n    }\n  }\n": typeof types.DashboardMapDocument,
    "\n  query DashboardCounts($asOf: Date!) {\n    stats(asOf: $asOf) {\n      byJurisdiction { id count byRole { key count } }\n    }\n  }\n": typeof types.DashboardCountsDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    role\n    function\n    coverage\n    validFrom\n    validTo\n    confidence\n    note\n    program { id name }\n    administrator { id name website phone contactSources { title url } }\n    jurisdiction { id name }\n    principal { id name }\n    sources { id title publisher url date dateKind }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  fragment SourceFields on Source { id title publisher url date dateKind }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  query StatePanel($code: String!, $asOf: Date!) {\n    jurisdiction(code: $code) {\n      id\n      code\n      name\n      medicaidExpansion { adopted effective confidence sources { ...SourceFields } }\n      fmapRates { fiscalYear percent confidence note sources { ...SourceFields } }\n      managedCareAbsence { asOf note sources { ...SourceFields } }\n    }\n    medicare: whoAdministers(program: \"program:medicare\", state: $code, asOf: $asOf) { ...AssignmentFields }\n    medicaid: whoAdministers(program: \"program:medicaid\", state: $code, asOf: $asOf) { ...AssignmentFields }\n  }\n": typeof types.StatePanelDocument,
    "\n  query ZipPanel($zip: String!, $asOf: Date!) {\n    medicare: whoAdministers(program: \"program:medicare\", zip: $zip, asOf: $asOf) { ...AssignmentFields }\n    medicaid: whoAdministers(program: \"program:medicaid\", zip: $zip, asOf: $asOf) { ...AssignmentFields }\n  }\n": typeof types.ZipPanelDocument,
    "\n  query OversightChain($id: ID!, $asOf: Date) {\n    oversightChain(id: $id, asOf: $asOf) { relation entity { id name } }\n  }\n": typeof types.OversightChainDocument,
};
const documents: Documents = {
    "\n  query DashboardMap($asOf: Date!) {\n    jurisdictions {\n      id\n      code\n      name\n      fips\n      medicareContractors(asOf: $asOf) {\n        role\n        coverage\n        program { id }\n        administrator { id name }\n        jurisdiction { id name }\n      }\n      medicaidExpansion { adopted effective }\n      fmapRates { fiscalYear percent }\n      ship { id name }\n    }\n  }\n": types.DashboardMapDocument,
    "\n  query DashboardCounts($asOf: Date!) {\n    stats(asOf: $asOf) {\n      byJurisdiction { id count byRole { key count } }\n    }\n  }\n": types.DashboardCountsDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    role\n    function\n    coverage\n    validFrom\n    validTo\n    confidence\n    note\n    program { id name }\n    administrator { id name website phone contactSources { title url } }\n    jurisdiction { id name }\n    principal { id name }\n    sources { id title publisher url date dateKind }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  fragment SourceFields on Source { id title publisher url date dateKind }\n": types.SourceFieldsFragmentDoc,
    "\n  query StatePanel($code: String!, $asOf: Date!) {\n    jurisdiction(code: $code) {\n      id\n      code\n      name\n      medicaidExpansion { adopted effective confidence sources { ...SourceFields } }\n      fmapRates { fiscalYear percent confidence note sources { ...SourceFields } }\n      managedCareAbsence { asOf note sources { ...SourceFields } }\n    }\n    medicare: whoAdministers(program: \"program:medicare\", state: $code, asOf: $asOf) { ...AssignmentFields }\n    medicaid: whoAdministers(program: \"program:medicaid\", state: $code, asOf: $asOf) { ...AssignmentFields }\n  }\n": types.StatePanelDocument,
    "\n  query ZipPanel($zip: String!, $asOf: Date!) {\n    medicare: whoAdministers(program: \"program:medicare\", zip: $zip, asOf: $asOf) { ...AssignmentFields }\n    medicaid: whoAdministers(program: \"program:medicaid\", zip: $zip, asOf: $asOf) { ...AssignmentFields }\n  }\n": types.ZipPanelDocument,
    "\n  query OversightChain($id: ID!, $asOf: Date) {\n    oversightChain(id: $id, asOf: $asOf) { relation entity { id name } }\n  }\n": types.OversightChainDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMap($asOf: Date!) {\n    jurisdictions {\n      id\n      code\n      name\n      fips\n      medicareContractors(asOf: $asOf) {\n        role\n        coverage\n        program { id }\n        administrator { id name }\n        jurisdiction { id name }\n      }\n      medicaidExpansion { adopted effective }\n      fmapRates { fiscalYear percent }\n      ship { id name }\n    }\n  }\n"): typeof import('./graphql.js').DashboardMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCounts($asOf: Date!) {\n    stats(asOf: $asOf) {\n      byJurisdiction { id count byRole { key count } }\n    }\n  }\n"): typeof import('./graphql.js').DashboardCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on Assignment {\n    id\n    role\n    function\n    coverage\n    validFrom\n    validTo\n    confidence\n    note\n    program { id name }\n    administrator { id name website phone contactSources { title url } }\n    jurisdiction { id name }\n    principal { id name }\n    sources { id title publisher url date dateKind }\n  }\n"): typeof import('./graphql.js').AssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source { id title publisher url date dateKind }\n"): typeof import('./graphql.js').SourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatePanel($code: String!, $asOf: Date!) {\n    jurisdiction(code: $code) {\n      id\n      code\n      name\n      medicaidExpansion { adopted effective confidence sources { ...SourceFields } }\n      fmapRates { fiscalYear percent confidence note sources { ...SourceFields } }\n      managedCareAbsence { asOf note sources { ...SourceFields } }\n    }\n    medicare: whoAdministers(program: \"program:medicare\", state: $code, asOf: $asOf) { ...AssignmentFields }\n    medicaid: whoAdministers(program: \"program:medicaid\", state: $code, asOf: $asOf) { ...AssignmentFields }\n  }\n"): typeof import('./graphql.js').StatePanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZipPanel($zip: String!, $asOf: Date!) {\n    medicare: whoAdministers(program: \"program:medicare\", zip: $zip, asOf: $asOf) { ...AssignmentFields }\n    medicaid: whoAdministers(program: \"program:medicaid\", zip: $zip, asOf: $asOf) { ...AssignmentFields }\n  }\n"): typeof import('./graphql.js').ZipPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OversightChain($id: ID!, $asOf: Date) {\n    oversightChain(id: $id, asOf: $asOf) { relation entity { id name } }\n  }\n"): typeof import('./graphql.js').OversightChainDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
