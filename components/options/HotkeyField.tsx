import { type KeyboardEvent, useId, useState } from 'react';
import { parseHotkey } from '@/lib/expand/keys';
import { hotkeyFromEvent } from '@/lib/queries/options';
import { useUi } from '../useUi';

/** The palette hotkey as text ("Ctrl+Shift+Space"), or recorded from the next key combination. */
export function HotkeyField({ value, onChange }: { value: string; onChange: (hotkey: string) => void }) {
  const { t } = useUi();
  const id = useId();
  const [recording, setRecording] = useState(false);
  const valid = parseHotkey(value) !== null;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!recording) return;
    if (event.key === 'Escape') return setRecording(false);
    const combo = hotkeyFromEvent(event.nativeEvent);
    if (!combo) return; // a lone modifier: wait for the main key
    event.preventDefault();
    onChange(combo);
    setRecording(false);
  };
  return (
    <div className="row">
      <label htmlFor={id}>
        {t('paletteHotkey')}
        <input
          id={id}
          value={value}
          aria-invalid={!valid}
          aria-describedby={`${id}-msg`}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      <button
        type="button"
        aria-pressed={recording}
        onClick={() => setRecording(!recording)}
        onKeyDown={onKeyDown}
        onBlur={() => setRecording(false)}
      >
        {recording ? t('hotkeyRecording') : t('hotkeyRecord')}
      </button>
      <span id={`${id}-msg`} className={valid ? 'muted small' : 'error'} role={valid ? undefined : 'alert'}>
        {valid ? t('hotkeyHint') : t('hotkeyInvalid')}
      </span>
    </div>
  );
}
