import { useId, useState } from 'react';
import {
  setSchemePreference,
  useSchemePreference,
  type SchemePreference,
} from '../../components/colorScheme';

const STORAGE_KEY = 'wpc-timeline.introCollapsed';

function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Title and a short introduction that a returning reader can fold away (remembered). */
export function IntroHeader({
  datasetTitle,
  isBuiltIn,
}: {
  datasetTitle: string | null;
  isBuiltIn: boolean;
}) {
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? '1' : '0');
    } catch {
      // Private mode: the choice just isn't remembered.
    }
  };
  return (
    <header className="intro">
      <div className="intro__bar">
        <div>
          <h1 className="intro__title">Microsoft’s partner channel moves to the cloud</h1>
          <p className="intro__subtitle">
            {isBuiltIn || datasetTitle === null
              ? 'Worldwide Partner Conference, 2007–2011, with 2006 and 2012 as context'
              : `Dataset loaded: ${datasetTitle}`}
          </p>
        </div>
        <div className="intro__tools no-print">
          <SchemeSelect />
          <button
            type="button"
            className="intro__toggle"
            aria-expanded={!collapsed}
            aria-controls="intro-text"
            onClick={toggle}
          >
            {collapsed ? 'Show introduction' : 'Hide introduction'}
          </button>
        </div>
      </div>
      <div id="intro-text" className="intro__text" hidden={collapsed}>
        <p>
          Every July, Microsoft gathered the companies that sell and service its software at the
          Worldwide Partner Conference. Between Denver in 2007 and Los Angeles in 2011 the message
          on stage moved from “Software + Services”, through Microsoft hosting services itself and
          the 2010 “all in” bet on the cloud, to programmes such as Cloud Accelerate that paid
          partners to follow. This timeline sets out what was announced each year, how partners
          reacted, and what was actually said, with a source for every event and quote.
        </p>
        <p>
          Each theme has its own lane, colour and shape; switch themes on and off to follow one
          thread. Shaded bands mark the conferences. Zoom with the wheel, a pinch, the buttons or
          the + and − keys; select an event to read its details and the quotes behind it. Dates
          marked “c.” are approximate or inferred, and the details say how they are known.
        </p>
      </div>
    </header>
  );
}

function SchemeSelect() {
  const id = useId();
  const pref = useSchemePreference();
  return (
    <span className="intro__scheme">
      <label htmlFor={id}>Colours</label>{' '}
      <select
        id={id}
        value={pref}
        onChange={(e) => setSchemePreference(e.target.value as SchemePreference)}
      >
        <option value="system">Follow the system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </span>
  );
}
