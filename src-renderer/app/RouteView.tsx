import { ActorDetailPage } from '../features/actors/ActorDetailPage';
import { ActorListPage } from '../features/actors/ActorListPage';
import { HomePage } from '../features/home/HomePage';
import { PlaceholderPage } from '../features/placeholders/PlaceholderPage';
import { SettingsPage } from '../features/settings/SettingsPage';
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
    case 'placeholder':
      return <PlaceholderPage key={route.area} area={route.area} />;
    case 'settings':
      return <SettingsPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
