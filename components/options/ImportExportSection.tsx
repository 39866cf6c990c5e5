import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

export function ImportExportSection() {
  return (
    <>
      <ImportPanel />
      <ExportPanel />
    </>
  );
}
