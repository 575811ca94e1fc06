/**
 * Kinds that a path may start or end at but not pass through. A program, a population, a
 * kind of provider or the nation is shared by thousands of bodies: two bodies that both
 * touch Medicaid (a hospital that takes part in it, an MCO that serves it in Ohio) are not
 * thereby connected, so hospital -> Medicaid -> MCO -> Ohio agency is no connection. Who
 * works on a program is whoAdministers' question, not a path's.
 */
export const HUB_KINDS = ['PROGRAM', 'POPULATION', 'PROVIDER_TYPE', 'ORGANIZATION_TYPE', 'NATION'] as const;
