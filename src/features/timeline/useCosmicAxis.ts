import { useEffect, useState } from 'react';
import type { TimeScaleKind } from '../../domain/dates';

import type * as CosmicAxisModule from '../../lib/cosmicAxis';

type CosmicAxis = typeof CosmicAxisModule;

let loaded: CosmicAxis | null = null;

/**
 * The cosmological scale's axis module, loaded only for a file that needs it (most files are on
 * the human scale, and the first screen's bundle has no room to spare); null until it is here.
 */
export function useCosmicAxis(scale: TimeScaleKind): CosmicAxis | null {
  const [mod, setMod] = useState<CosmicAxis | null>(loaded);
  useEffect(() => {
    if (scale !== 'cosmological' || mod !== null) return;
    let live = true;
    void import('../../lib/cosmicAxis').then((m) => {
      loaded = m;
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [scale, mod]);
  return scale === 'cosmological' ? mod : null;
}
