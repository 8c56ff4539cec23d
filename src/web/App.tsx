import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './api-client';
import type { SessionView } from '../server/api-types';
import { ErrorNote, Loading } from './components/Status';
import { DebriefWizard } from './pages/DebriefWizard';
import { DraftEditorPage } from './pages/DraftEditorPage';
import { HomePage } from './pages/HomePage';
import { JournalPage } from './pages/JournalPage';
import { LoginPage } from './pages/LoginPage';
import { OutcomePage } from './pages/OutcomePage';
import { PlanPage } from './pages/PlanPage';
import { RealityCheckPage } from './pages/RealityCheckPage';
import { hrefOf, useRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'new':
      return <DebriefWizard id={null} step={1} />;
    case 'debrief':
      return <DebriefWizard id={route.id} step={route.step} />;
    case 'check':
      return <RealityCheckPage id={route.id} />;
    case 'plan':
      return <PlanPage id={route.id} />;
    case 'drafts':
      return <DraftEditorPage id={route.id} type={route.type} />;
    case 'outcome':
      return <OutcomePage id={route.id} />;
    case 'journal':
      return <JournalPage />;
    default:
      return (
        <section>
          <h1>Page not found</h1>
          <p>
            <a href="#/">Back to your interviews</a>
          </p>
        </section>
      );
  }
}

/** The app shell: the session, the header, and the page of the current address. */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState<SessionView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const main = useRef<HTMLElement>(null);

  const loadSession = useCallback(async () => {
    try {
      setSession(await api.session());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => void loadSession(), [loadSession]);

  // Move focus to the new page so keyboard and screen-reader users start at its top.
  const routeKey = JSON.stringify(route);
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [routeKey]);

  const signOut = async () => {
    await api.logout().catch(() => {});
    await loadSession();
  };

  const isSignedIn = session !== null && session.user !== null;
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={hrefOf({ page: 'home' })}>
          Rebound
        </a>
        {isSignedIn && (
          <nav aria-label="Main">
            <a href="#/" aria-current={route.page === 'home' ? 'page' : undefined}>
              Interviews
            </a>
            <a href="#/journal" aria-current={route.page === 'journal' ? 'page' : undefined}>
              Journal
            </a>
            {session.mode === 'multi-user' && (
              <button type="button" className="link-button" onClick={() => void signOut()}>
                Sign out
              </button>
            )}
          </nav>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {error !== null && <ErrorNote error={error} />}
        {session === null && error === null && <Loading what="Rebound" />}
        {session !== null && !isSignedIn && <LoginPage onSignedIn={loadSession} />}
        {isSignedIn && <Page route={route} />}
      </main>
      <footer className="app-footer">
        <p>
          Private by design: your notes stay on{' '}
          {session?.mode === 'multi-user' ? 'this server' : 'this machine'}.
        </p>
      </footer>
    </>
  );
}
