import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ApiError, UNAUTHENTICATED_EVENT } from '../api/client.ts';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { useMe } from './session.ts';

/** Everything inside needs a signed-in user; without one, go to sign-in and come back after. */
export function AuthGate() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const next = `${location.pathname}${location.search}`;
  useEffect(() => {
    const onLost = () => {
      qc.clear();
      navigate(`/login?next=${encodeURIComponent(`${window.location.pathname}${window.location.search}`)}`, { replace: true });
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, onLost);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onLost);
  }, [qc, navigate]);
  if (me.isPending) return <PageSkeleton />;
  if (me.error) {
    if (me.error instanceof ApiError && me.error.status === 401) return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
    return (
      <div style={{ padding: 24 }}>
        <ErrorNote error={me.error} onRetry={() => me.refetch()} title="Firebreak could not load" />
      </div>
    );
  }
  return <Outlet />;
}
