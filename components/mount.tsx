import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '@/lib/queries/client';
import './styles.css';

/** Mounts an extension page's React tree with its own QueryClient. */
export function mount(node: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing');
  createRoot(root).render(<QueryClientProvider client={createQueryClient()}>{node}</QueryClientProvider>);
}
