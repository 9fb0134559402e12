import { ActorDetailPage } from '../features/actors/ActorDetailPage';
import { ActorListPage } from '../features/actors/ActorListPage';
import { ActionItemOverviewPage } from '../features/action-items/ActionItemOverviewPage';
import { ActionPlanPage } from '../features/action-plan/ActionPlanPage';
import { HomePage } from '../features/home/HomePage';
import { MatrixListPage } from '../features/matrices/MatrixListPage';
import { MatrixPage } from '../features/matrices/MatrixPage';
import { MeetingListPage } from '../features/meetings/MeetingListPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { ProcessMapPage } from '../features/processes/ProcessMapPage';
import { ProcessPage } from '../features/processes/ProcessPage';
import { PlaceholderPage } from '../features/placeholders/PlaceholderPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { WorkingGroupsPage } from '../features/working-groups/WorkingGroupsPage';
import { NotFoundPage } from './NotFoundPage';
import type { Route } from './router';

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'actors':
      return <ActorListPage />;
    case 'actor':
      return <ActorDetailPage key={route.id} id={route.id} />;
    case 'processes':
      return <ProcessMapPage />;
    case 'process':
      return <ProcessPage key={route.id} id={route.id} />;
    case 'matrices':
      return <MatrixListPage />;
    case 'matrix':
      return <MatrixPage key={`${route.id}/${route.versionId ?? ''}`} matrixId={route.id} versionId={route.versionId ?? null} />;
    case 'meetings':
      return <MeetingListPage />;
    case 'meeting':
      return <MeetingPage key={route.id} id={route.id} />;
    case 'workingGroups':
      return <WorkingGroupsPage />;
    case 'actionItems':
      return <ActionItemOverviewPage />;
    case 'actionPlan':
      return <ActionPlanPage />;
    case 'placeholder':
      return <PlaceholderPage key={route.area} area={route.area} />;
    case 'settings':
      return <SettingsPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
