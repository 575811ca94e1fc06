import type { AssignmentFieldsFragment, SourceFieldsFragment, StatePanelQuery } from './gql/graphql.js';

/** Groups a place's assignments into the panel's sections, then renders them as DOM. */

export type PanelAssignment = AssignmentFieldsFragment;
type Source = SourceFieldsFragment;

const MEDICARE_CONTRACTOR_ROLES = new Set([
  'AB_MAC',
  'DME_MAC',
  'HHH_MAC',
  'SPECIALTY_MAC',
  'RECOVERY_AUDITOR',
  'UPIC',
  'QIC',
  'BFCC_QIO',
  'QIN_QIO',
  'CONTACT_CENTER',
]);

export interface PanelSection {
  title: string;
  /** Assignments grouped by function, functions in alphabetical order. */
  byFunction: [string, PanelAssignment[]][];
}

/** Which section an assignment belongs to: by program family first, then by the kind of body. */
export function sectionOf(a: PanelAssignment, family: 'medicare' | 'medicaid'): string {
  if (a.role === 'SHIP') return 'SHIP (State Health Insurance Assistance Program)';
  if (a.role === 'MEDICAID_MCO') return 'Medicaid managed care plans';
  if (a.role === 'MEDICAID_AGENCY') return 'Medicaid agency and programs';
  if (family === 'medicare')
    return MEDICARE_CONTRACTOR_ROLES.has(a.role) ? 'Medicare contractors' : 'Medicare: federal administration and oversight';
  return MEDICARE_CONTRACTOR_ROLES.has(a.role) ? 'Medicaid contractors' : 'Medicaid: federal administration and oversight';
}

const SECTION_ORDER = [
  'Medicare contractors',
  'Medicaid agency and programs',
  'Medicaid managed care plans',
  'SHIP (State Health Insurance Assistance Program)',
  'Medicaid contractors',
  'Medicare: federal administration and oversight',
  'Medicaid: federal administration and oversight',
];

export function groupPanel(medicare: PanelAssignment[], medicaid: PanelAssignment[]): PanelSection[] {
  const sections = new Map<string, Map<string, PanelAssignment[]>>();
  const seen = new Set<string>();
  const add = (a: PanelAssignment, family: 'medicare' | 'medicaid') => {
    if (seen.has(a.id)) return;
    seen.add(a.id);
    const title = sectionOf(a, family);
    const fns = sections.get(title) ?? new Map<string, PanelAssignment[]>();
    fns.set(a.function, [...(fns.get(a.function) ?? []), a]);
    sections.set(title, fns);
  };
  medicare.forEach((a) => add(a, 'medicare'));
  medicaid.forEach((a) => add(a, 'medicaid'));
  return SECTION_ORDER.filter((t) => sections.has(t)).map((title) => ({
    title,
    byFunction: [...sections.get(title)!].sort(([a], [b]) => a.localeCompare(b)),
  }));
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

const ROLE_NAMES: Record<string, string> = {
  AB_MAC: 'A/B MAC',
  DME_MAC: 'DME MAC',
  HHH_MAC: 'Home health & hospice MAC',
  SPECIALTY_MAC: 'Specialty MAC',
  RECOVERY_AUDITOR: 'Recovery auditor',
  UPIC: 'UPIC',
  QIC: 'Qualified independent contractor',
  BFCC_QIO: 'BFCC-QIO',
  QIN_QIO: 'QIN-QIO',
  SHIP: 'SHIP',
  MEDICAID_MCO: 'Medicaid managed care organization',
};
export const roleName = (role: string) => ROLE_NAMES[role] ?? words(role);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function period(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'no end date on record';
  return `${from ? `from ${from}` : 'until'}${to ? `${from ? ' to' : ''} ${to}` : ', ongoing'}`;
}

/** A link that opens elsewhere, and only when followed: the page itself loads nothing off this host. */
function externalLink(href: string, text: string, title?: string): HTMLAnchorElement {
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer', ...(title ? { title } : {}) }, text);
}

export function sourceLinks(sources: readonly Source[]): HTMLElement {
  const list = el('ul', { className: 'sources' });
  for (const s of sources) {
    const label = `${s.title}${s.publisher ? ` — ${s.publisher}` : ''}${s.date ? ` (${s.dateKind === 'RETRIEVED' ? 'retrieved' : 'published'} ${s.date})` : ''}`;
    list.append(el('li', {}, s.url ? externalLink(s.url, label) : label));
  }
  return list;
}

/** How to reach a body, when a source gives it: what a person reading the panel needs to act. */
function contact(admin: PanelAssignment['administrator']): HTMLElement | string {
  if (!admin.website && !admin.phone) return '';
  const parts: (HTMLElement | string)[] = [' (contact: '];
  // Only web addresses become links: a value of another scheme is shown as text, never followed.
  if (admin.website) {
    const web = /^https?:\/\//i.test(admin.website);
    parts.push(web ? externalLink(admin.website, admin.website) : admin.website);
  }
  if (admin.website && admin.phone) parts.push('; ');
  if (admin.phone) parts.push(admin.phone);
  // A contact is a fact like any other: its pages are linked beside it.
  admin.contactSources.forEach((s, i) => {
    parts.push(i === 0 ? '; ' : ', ');
    parts.push(s.url ? externalLink(s.url, `source ${i + 1}`, s.title) : s.title);
  });
  parts.push(')');
  return el('span', { className: 'contact' }, ...parts);
}

function assignmentItem(a: PanelAssignment): HTMLElement {
  const where = a.jurisdiction ? ` in ${a.jurisdiction.name}` : '';
  const coverage = a.coverage === 'PARTIAL' ? ' (part of this place)' : '';
  const under = a.principal ? `, under ${a.principal.name}` : '';
  return el(
    'li',
    { className: 'fact' },
    el('strong', {}, a.administrator.name),
    contact(a.administrator),
    ` — ${roleName(a.role)} for ${a.program.name}${where}${coverage}${under}; ${period(a.validFrom, a.validTo)}`,
    a.confidence === 'UNVERIFIED' ? el('em', {}, ` unverified${a.note ? `: ${a.note}` : ''}`) : '',
    sourceLinks(a.sources),
  );
}

export function renderSections(sections: PanelSection[]): HTMLElement {
  const root = el('div');
  for (const section of sections) {
    const box = el('section', {}, el('h3', {}, section.title));
    for (const [fn, items] of section.byFunction) {
      box.append(el('h4', {}, words(fn)), el('ul', { className: 'facts' }, ...items.map(assignmentItem)));
    }
    root.append(box);
  }
  return root;
}

export function renderMedicaidFacts(j: NonNullable<StatePanelQuery['jurisdiction']>, fiscalYear: number): HTMLElement {
  const box = el('section', {}, el('h3', {}, 'Medicaid facts'));
  const list = el('ul', { className: 'facts' });
  const x = j.medicaidExpansion;
  if (x) {
    list.append(
      el(
        'li',
        { className: 'fact' },
        `Medicaid expansion: ${x.adopted ? `adopted${x.effective ? `, effective ${x.effective}` : ''}` : 'not adopted'}`,
        sourceLinks(x.sources),
      ),
    );
  }
  const fmap = j.fmapRates.find((r) => r.fiscalYear === fiscalYear) ?? j.fmapRates[0];
  if (fmap) {
    list.append(el('li', { className: 'fact' }, `FMAP for fiscal year ${fmap.fiscalYear}: ${fmap.percent}%`, sourceLinks(fmap.sources)));
  }
  if (j.managedCareAbsence) {
    list.append(
      el(
        'li',
        { className: 'fact' },
        `No comprehensive Medicaid managed care as of ${j.managedCareAbsence.asOf}`,
        sourceLinks(j.managedCareAbsence.sources),
      ),
    );
  }
  box.append(list);
  return box;
}

export function renderChain(name: string, steps: { relation: string; entity: { id: string; name: string } }[]): HTMLElement {
  const chain = steps.map((s, i) => (i === 0 ? s.entity.name : `${words(s.relation)} ${s.entity.name}`)).join(' → ');
  return el('li', { className: 'chain' }, el('strong', {}, name), `: ${chain}`);
}
