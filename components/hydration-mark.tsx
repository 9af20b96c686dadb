'use client';

import { useEffect } from 'react';

/**
 * Marks the page as hydrated (`<html data-hydrated="true">`) once React has taken over, so the
 * browser tests can wait for the page to be interactive instead of waiting for the network to
 * go quiet, which a busy machine makes unreliable.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
