import { mount } from '@/components/mount';
import { SidePanelApp } from '@/components/SidePanelApp';

const tabParam = new URLSearchParams(location.search).get('tabId');
mount(<SidePanelApp boundTabId={tabParam ? Number(tabParam) : undefined} />);
