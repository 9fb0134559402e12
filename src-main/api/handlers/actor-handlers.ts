import type { actorsContract } from '../contract/actors.js';
import { getActorDetail, listActors } from '../../domain/actors/actor-queries.js';
import { addSuccession, createActor, removeSuccession, renameActor, setActorArchived, updateActor } from '../../domain/actors/actor-commands.js';
import { createRepresentative, setRepresentativeArchived, updateRepresentative } from '../../domain/actors/representative-commands.js';
import type { HandlersFor } from './handler-context.js';

export const actorHandlers: HandlersFor<typeof actorsContract> = {
  'actors.list': ({ lang, ...filter }, context) => listActors({ ...context, locale: lang ?? context.locale }, filter),
  'actors.get': ({ id }, context) => getActorDetail(context, id),
  'actors.create': (fields, context) => createActor(context, fields),
  'actors.update': ({ id, expectedVersion, ...fields }, context) => updateActor(context, id, expectedVersion, fields),
  'actors.rename': ({ id, expectedVersion, validFrom, name, shortName }, context) =>
    renameActor(context, id, expectedVersion, validFrom, name, shortName ?? null),
  'actors.archive': ({ id, expectedVersion }, context) => setActorArchived(context, id, expectedVersion, true),
  'actors.restore': ({ id, expectedVersion }, context) => setActorArchived(context, id, expectedVersion, false),
  'actors.addSuccession': ({ predecessorId, successorIds, effectiveDate, note }, context) =>
    addSuccession(context, predecessorId, successorIds, effectiveDate, note),
  'actors.removeSuccession': ({ id, expectedVersion }, context) => removeSuccession(context, id, expectedVersion),
  'representatives.create': ({ actorId, ...fields }, context) => createRepresentative(context, actorId, fields),
  'representatives.update': ({ id, expectedVersion, ...fields }, context) => updateRepresentative(context, id, expectedVersion, fields),
  'representatives.archive': ({ id, expectedVersion }, context) => setRepresentativeArchived(context, id, expectedVersion, true),
  'representatives.restore': ({ id, expectedVersion }, context) => setRepresentativeArchived(context, id, expectedVersion, false),
};
