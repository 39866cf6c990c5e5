import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishKit } from '@/lib/content/kit-api';
import { startKit } from '@/lib/content/kit';

// Injected by the background into a frame whose content script asked for it (lib/content/kit-api.ts).
export default defineUnlistedScript(() => publishKit(startKit));
