import { resolveJurisdiction } from '../../../domain/jurisdictionNames.js';
import { resolveZip } from '../../../domain/places.js';
import { MAX_COVERING } from '../../../db/repositories/assignmentRepository.js';
import { suggestEntityIds, suggestJurisdictionIds } from '../../../services/suggestions.js';
import { asOfOrToday, limit } from '../../args.js';
import { NAME_FIELDS, selectsOnly } from '../../selection.js';
import { BadUserInputError, didYouMean } from '../../errors.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { placeOfProvider, ProviderArgumentError, UnknownProviderError } from '../../../services/providers.js';
import { UnknownProgramError, whoAdministers as run } from '../../../services/whoAdministers.js';

export const whoAdministers: QueryResolvers['whoAdministers'] = async (_, args, ctx, info) => {
  let place: { stateId: string; countyId: string | null } | null = null;
  if (args.state != null) {
    const stateId = resolveJurisdiction(args.state);
    if (!stateId) {
      const near = suggestJurisdictionIds(args.state);
      throw new BadUserInputError(
        'state',
        `Unknown state ${JSON.stringify(args.state)}: use a USPS code (TX), an id (state:TX) or a name (Texas).${didYouMean(near)}`,
        near,
      );
    }
    place = { stateId, countyId: null };
  }
  if (args.zip != null) {
    const zip = resolveZip(args.zip);
    if (!zip.ok) {
      throw new BadUserInputError(
        'zip',
        zip.reason === 'malformed'
          ? `Malformed zip ${JSON.stringify(args.zip)}: use a 5-digit ZIP code, e.g. 22201.`
          : `Unknown zip ${JSON.stringify(args.zip)}: no US state or territory uses it.`,
      );
    }
    if (place && place.stateId !== zip.place.stateId) {
      throw new BadUserInputError(
        'zip',
        `zip ${zip.place.zip} is in ${zip.place.stateId}, not ${place.stateId}; pass one or make them agree.`,
      );
    }
    place = { stateId: zip.place.stateId, countyId: zip.place.countyId };
  }
  if (args.npi) {
    if (place) throw new BadUserInputError('npi', 'npi gives the place itself: pass npi without state or zip.');
    try {
      place = await placeOfProvider(ctx.run, args.npi);
    } catch (error) {
      if (error instanceof ProviderArgumentError) throw new BadUserInputError(error.argument, error.message);
      if (error instanceof UnknownProviderError)
        throw new BadUserInputError('npi', `Unknown NPI ${args.npi}: no provider with that NPI has been imported.`);
      throw error;
    }
  }
  try {
    const found = await run(ctx.run, {
      programId: args.program,
      place,
      function: args.function ?? null,
      asOf: asOfOrToday(args.asOf, ctx.today),
      limit: limit(args.first, MAX_COVERING),
      namesOnly: selectsOnly(info, ['administrator'], NAME_FIELDS) && selectsOnly(info, ['jurisdiction'], NAME_FIELDS),
    });
    // Read by name only: they answer the name loader the Assignment fields then use (facts.ts).
    for (const e of found.names) ctx.loaders.entityName.prime(e.id, e);
    return ctx.loaders.primed(found.facts);
  } catch (error) {
    if (error instanceof UnknownProgramError) {
      const near = await suggestEntityIds(ctx.run, args.program, ['PROGRAM'], ctx.logger);
      throw new BadUserInputError(
        'program',
        `Unknown program ${JSON.stringify(args.program)}: pass a program id such as program:medicare or program:medicaid-ca.${didYouMean(near)}`,
        near,
      );
    }
    throw error;
  }
};
