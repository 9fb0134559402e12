import { StartScreen } from '../features/start/StartScreen';
import { AppLayout } from './AppLayout';
import { useSession } from './SessionContext';

/** With no network open the start screen shows; otherwise the app shell. */
export function Root() {
  const { file } = useSession();
  return file ? <AppLayout key={file.path} /> : <StartScreen />;
}
