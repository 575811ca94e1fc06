import { graphql } from './gql/index.js';

/** Everything the map's layers need for one date, in one request. */
export const DashboardMapQuery = graphql(`
  query DashboardMap($asOf: Date!) {
    jurisdictions {
      id
      code
      name
      fips
      medicareContractors(asOf: $asOf) {
        role
        coverage
        program { id }
        administrator { id name }
        jurisdiction { id name }
      }
      medicaidExpansion { adopted effective }
      fmapRates { fiscalYear percent }
      ship { id name }
    }
  }
`);

/** Per-jurisdiction counts for the managed care layer; fetched beside the map query so it never delays the first paint. */
export const DashboardCountsQuery = graphql(`
  query DashboardCounts($asOf: Date!) {
    stats(asOf: $asOf) {
      byJurisdiction { id count byRole { key count } }
    }
  }
`);

export const AssignmentFieldsFragment = graphql(`
  fragment AssignmentFields on Assignment {
    id
    role
    function
    coverage
    validFrom
    validTo
    confidence
    note
    program { id name }
    administrator { id name website phone contactSources { title url } }
    jurisdiction { id name }
    principal { id name }
    sources { id title publisher url date dateKind }
  }
`);

export const SourceFieldsFragment = graphql(`
  fragment SourceFields on Source { id title publisher url date dateKind }
`);

/** The panel for a state: who administers what there, with the state's Medicaid facts. */
export const StatePanelQuery = graphql(`
  query StatePanel($code: String!, $asOf: Date!) {
    jurisdiction(code: $code) {
      id
      code
      name
      medicaidExpansion { adopted effective confidence sources { ...SourceFields } }
      fmapRates { fiscalYear percent confidence note sources { ...SourceFields } }
      managedCareAbsence { asOf note sources { ...SourceFields } }
    }
    medicare: whoAdministers(program: "program:medicare", state: $code, asOf: $asOf) { ...AssignmentFields }
    medicaid: whoAdministers(program: "program:medicaid", state: $code, asOf: $asOf) { ...AssignmentFields }
  }
`);

/** The panel for a ZIP: the same facts resolved at county level. */
export const ZipPanelQuery = graphql(`
  query ZipPanel($zip: String!, $asOf: Date!) {
    medicare: whoAdministers(program: "program:medicare", zip: $zip, asOf: $asOf) { ...AssignmentFields }
    medicaid: whoAdministers(program: "program:medicaid", zip: $zip, asOf: $asOf) { ...AssignmentFields }
  }
`);

export const OversightChainQuery = graphql(`
  query OversightChain($id: ID!, $asOf: Date) {
    oversightChain(id: $id, asOf: $asOf) { relation entity { id name } }
  }
`);
