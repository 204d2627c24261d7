import { Navigate } from 'react-router';
import { useCurrentSession } from '../session/session';
import { homePathFor } from './navigation';

export function HomeRedirect() {
  return <Navigate to={homePathFor(useCurrentSession())} replace />;
}
