import { type Mood, MOODS } from '@/lib/db/schema';
import { useUi } from '../useUi';

/** The customer moods a snippet suits, as checkboxes. */
export function MoodPicker({ value, onChange }: { value: readonly Mood[]; onChange: (moods: Mood[]) => void }) {
  const { t } = useUi();
  const toggle = (mood: Mood, on: boolean) =>
    onChange(on ? MOODS.filter((m) => m === mood || value.includes(m)) : value.filter((m) => m !== mood));
  return (
    <fieldset className="moods">
      <legend>{t('moodsLegend')}</legend>
      {MOODS.map((mood) => (
        <label key={mood} className="inline">
          <input type="checkbox" checked={value.includes(mood)} onChange={(e) => toggle(mood, e.target.checked)} />
          {t(`moodShown_${mood}`)}
        </label>
      ))}
    </fieldset>
  );
}
