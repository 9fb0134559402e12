import type { processesContract } from '../contract/processes.js';
import { createLegalAct, updateLegalAct } from '../../domain/processes/legal-act-commands.js';
import { createLegalReference, deleteLegalReference } from '../../domain/processes/legal-reference-commands.js';
import { createProcess, moveProcess, setProcessArchived, setProcessStatus, updateProcess } from '../../domain/processes/process-commands.js';
import { createProcessEdge, deleteProcessEdge, updateProcessEdge } from '../../domain/processes/process-edge-commands.js';
import { createProcessGroup, deleteProcessGroup, updateProcessGroup } from '../../domain/processes/process-group-commands.js';
import {
  createProcessNode,
  deleteProcessNode,
  moveProcessNode,
  undoDeleteProcessNode,
  updateProcessNode,
} from '../../domain/processes/process-node-commands.js';
import { getProcessDetail, getProcessMap, listLegalActs } from '../../domain/processes/process-queries.js';
import { renderProcessSwimlane } from '../../domain/processes/process-swimlane.js';
import { createTargetGroup, deleteTargetGroup, updateTargetGroup } from '../../domain/processes/target-group-commands.js';
import type { HandlersFor } from './handler-context.js';

export const processHandlers: HandlersFor<typeof processesContract> = {
  'processes.map': ({ lang, ...filter }, context) => getProcessMap({ ...context, locale: lang ?? context.locale }, filter),
  'processes.get': ({ id }, context) => getProcessDetail(context, id),
  'processes.swimlane': ({ id, lang }, context) => renderProcessSwimlane(context, id, lang ?? context.locale),
  'processes.create': (fields, context) => createProcess(context, fields),
  'processes.update': ({ id, expectedVersion, ...fields }, context) => updateProcess(context, id, expectedVersion, fields),
  'processes.setStatus': ({ id, expectedVersion, status }, context) => setProcessStatus(context, id, expectedVersion, status),
  'processes.archive': ({ id, expectedVersion }, context) => setProcessArchived(context, id, expectedVersion, true),
  'processes.restore': ({ id, expectedVersion }, context) => setProcessArchived(context, id, expectedVersion, false),
  'processes.move': ({ id, expectedVersion, groupId, position }, context) => moveProcess(context, id, expectedVersion, groupId, position),
  'processGroups.create': ({ name }, context) => createProcessGroup(context, name),
  'processGroups.update': ({ id, expectedVersion, name, sortOrder }, context) => updateProcessGroup(context, id, expectedVersion, name, sortOrder),
  'processGroups.delete': ({ id, expectedVersion }, context) => deleteProcessGroup(context, id, expectedVersion),
  'targetGroups.create': ({ processId, name }, context) => createTargetGroup(context, processId, name),
  'targetGroups.update': ({ id, expectedVersion, name }, context) => updateTargetGroup(context, id, expectedVersion, name),
  'targetGroups.delete': ({ id, expectedVersion }, context) => deleteTargetGroup(context, id, expectedVersion),
  'processNodes.create': ({ processId, afterNodeId, fields }, context) => createProcessNode(context, processId, afterNodeId, fields),
  'processNodes.update': ({ id, expectedVersion, fields }, context) => updateProcessNode(context, id, expectedVersion, fields),
  'processNodes.move': ({ id, expectedVersion, position }, context) => moveProcessNode(context, id, expectedVersion, position),
  'processNodes.delete': ({ id, expectedVersion }, context) => deleteProcessNode(context, id, expectedVersion),
  'processNodes.undoDelete': ({ id }, context) => undoDeleteProcessNode(context, id),
  'processEdges.create': ({ processId, fromNodeId, toNodeId, label }, context) => createProcessEdge(context, processId, fromNodeId, toNodeId, label),
  'processEdges.update': ({ id, expectedVersion, label }, context) => updateProcessEdge(context, id, expectedVersion, label),
  'processEdges.delete': ({ id, expectedVersion }, context) => deleteProcessEdge(context, id, expectedVersion),
  'legalActs.list': (_input, context) => listLegalActs(context),
  'legalActs.create': (fields, context) => createLegalAct(context, fields),
  'legalActs.update': ({ id, expectedVersion, fields }, context) => updateLegalAct(context, id, expectedVersion, fields),
  'legalReferences.create': ({ processId, nodeId, actId, section, note }, context) =>
    createLegalReference(context, { processId, nodeId: nodeId ?? null, actId, section, note }),
  'legalReferences.delete': ({ id, expectedVersion }, context) => deleteLegalReference(context, id, expectedVersion),
};
