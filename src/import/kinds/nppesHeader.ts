/**
 * The NPPES full replacement file's header (npidata_pfile_*.csv), V2 layout of 330 columns
 * as CMS ships it since December 2024. It is regular enough to build: 47 leading columns,
 * 15 taxonomy groups of four, 50 other-identifier groups of four, seven trailing columns,
 * 15 taxonomy groups and the certification date. The legacy 329-column layout differs only
 * in column 42 (Provider Gender Code) and has no Certification Date.
 */
const LEADING = [
  'NPI',
  'Entity Type Code',
  'Replacement NPI',
  'Employer Identification Number (EIN)',
  'Provider Organization Name (Legal Business Name)',
  'Provider Last Name (Legal Name)',
  'Provider First Name',
  'Provider Middle Name',
  'Provider Name Prefix Text',
  'Provider Name Suffix Text',
  'Provider Credential Text',
  'Provider Other Organization Name',
  'Provider Other Organization Name Type Code',
  'Provider Other Last Name',
  'Provider Other First Name',
  'Provider Other Middle Name',
  'Provider Other Name Prefix Text',
  'Provider Other Name Suffix Text',
  'Provider Other Credential Text',
  'Provider Other Last Name Type Code',
  'Provider First Line Business Mailing Address',
  'Provider Second Line Business Mailing Address',
  'Provider Business Mailing Address City Name',
  'Provider Business Mailing Address State Name',
  'Provider Business Mailing Address Postal Code',
  'Provider Business Mailing Address Country Code (If outside U.S.)',
  'Provider Business Mailing Address Telephone Number',
  'Provider Business Mailing Address Fax Number',
  'Provider First Line Business Practice Location Address',
  'Provider Second Line Business Practice Location Address',
  'Provider Business Practice Location Address City Name',
  'Provider Business Practice Location Address State Name',
  'Provider Business Practice Location Address Postal Code',
  'Provider Business Practice Location Address Country Code (If outside U.S.)',
  'Provider Business Practice Location Address Telephone Number',
  'Provider Business Practice Location Address Fax Number',
  'Provider Enumeration Date',
  'Last Update Date',
  'NPI Deactivation Reason Code',
  'NPI Deactivation Date',
  'NPI Reactivation Date',
  'Provider Sex Code',
  'Authorized Official Last Name',
  'Authorized Official First Name',
  'Authorized Official Middle Name',
  'Authorized Official Title or Position',
  'Authorized Official Telephone Number',
];

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export const TAXONOMY_CODE = range(15).map((n) => `Healthcare Provider Taxonomy Code_${n}`);
export const TAXONOMY_SWITCH = range(15).map((n) => `Healthcare Provider Primary Taxonomy Switch_${n}`);

export const NPPES_HEADER_V2: readonly string[] = [
  ...LEADING,
  ...range(15).flatMap((n) => [
    TAXONOMY_CODE[n - 1]!,
    `Provider License Number_${n}`,
    `Provider License Number State Code_${n}`,
    TAXONOMY_SWITCH[n - 1]!,
  ]),
  ...range(50).flatMap((n) => [
    `Other Provider Identifier_${n}`,
    `Other Provider Identifier Type Code_${n}`,
    `Other Provider Identifier State_${n}`,
    `Other Provider Identifier Issuer_${n}`,
  ]),
  'Is Sole Proprietor',
  'Is Organization Subpart',
  'Parent Organization LBN',
  'Parent Organization TIN',
  'Authorized Official Name Prefix Text',
  'Authorized Official Name Suffix Text',
  'Authorized Official Credential Text',
  ...range(15).map((n) => `Healthcare Provider Taxonomy Group_${n}`),
  'Certification Date',
];

export const NPPES_HEADER_LEGACY: readonly string[] = NPPES_HEADER_V2.slice(0, -1).map((c) =>
  c === 'Provider Sex Code' ? 'Provider Gender Code' : c,
);
