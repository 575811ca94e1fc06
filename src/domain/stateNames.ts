/** Full names of the 56 jurisdictions, as the Medicaid.gov tables spell them, to USPS codes. */
const STATE_NAMES: Record<string, string> = {
  alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO', connecticut: 'CT',
  delaware: 'DE', 'district of columbia': 'DC', florida: 'FL', georgia: 'GA', hawaii: 'HI', idaho: 'ID', illinois: 'IL',
  indiana: 'IN', iowa: 'IA', kansas: 'KS', kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD',
  massachusetts: 'MA', michigan: 'MI', minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT',
  nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH', 'new jersey': 'NJ', 'new mexico': 'NM', 'new york': 'NY',
  'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK', oregon: 'OR', pennsylvania: 'PA',
  'rhode island': 'RI', 'south carolina': 'SC', 'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT',
  vermont: 'VT', virginia: 'VA', washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY',
  'american samoa': 'AS', guam: 'GU', 'northern mariana islands': 'MP', 'commonwealth of the northern mariana islands': 'MP',
  'puerto rico': 'PR', 'virgin islands': 'VI', 'u.s. virgin islands': 'VI', 'us virgin islands': 'VI',
};

/** "Texas" -> "TX", "District of Columbia" -> "DC"; null for anything else (TOTALS, typos). */
export function stateCodeFromName(name: string): string | null {
  return STATE_NAMES[name.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}
