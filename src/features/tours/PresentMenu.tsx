import { useId, useState } from 'react';
import { HiddenFileInput } from '../../components/FilePickerButton';
import { openFilePicker } from '../../components/openFilePicker';
import { ListPlus, Presentation, Repeat, Upload, ListOrdered } from 'lucide-react';
import { MenuButton, type MenuEntry } from '../../components/menu/MenuButton';
import type { Tour } from '../../lib/tours';
import type { Domain } from '../../lib/viewport';
import { useI18n } from '../../i18n/useI18n';
import { useTourActions } from './useTourActions';
import type { ToursApi } from './useTours';

interface PresentMenuProps {
  readonly api: ToursApi;
  readonly bounds: Domain;
  readonly onPresent: (tour: Tour) => void;
  /** Runs a tour by itself, looping, as at a booth (`?kiosk=1`). */
  readonly onKiosk: (tour: Tour) => void;
  /** The dataset's language: the shipped tours' titles are its words. */
  readonly lang: string;
}

/** Scrolls to the tours section below the first screen and focuses its heading. */
function showToursSection() {
  requestAnimationFrame(() => {
    const heading = document.getElementById('tours-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  });
}

/** Present: start a tour, make one from the current view, or import one. */
export function PresentMenu({ api, bounds, onPresent, onKiosk, lang }: PresentMenuProps) {
  const { t } = useI18n();
  const fileInputId = useId();
  const [message, setMessage] = useState('');
  const { newTourFromView, importTourFile } = useTourActions(api, bounds);

  const onImport = async (file: File) => {
    setMessage(await importTourFile(file));
    showToursSection();
  };

  const first = api.tours[0];
  const entries: MenuEntry[] = [
    {
      kind: 'group',
      id: 'tours',
      label: t('present.tours'),
      entries: api.tours.map((tour) => ({
        kind: 'action',
        id: `tour-${tour.id}`,
        label: tour.title,
        lang: api.savedIds.has(tour.id) ? undefined : lang,
        hint: t('tours.stops', { count: tour.stops.length }),
        icon: <Presentation size={16} aria-hidden="true" />,
        onSelect: () => onPresent(tour),
      })),
    },
    ...(first
      ? [
          {
            kind: 'action' as const,
            id: 'kiosk',
            label: t('present.kiosk'),
            hint: t('present.kioskHint', { title: first.title }),
            icon: <Repeat size={16} aria-hidden="true" />,
            onSelect: () => onKiosk(first),
          },
        ]
      : []),
    { kind: 'separator', id: 'sep' },
    {
      kind: 'action',
      id: 'new',
      label: t('tours.new'),
      icon: <ListPlus size={16} aria-hidden="true" />,
      disabled: !api.ready,
      onSelect: () => {
        setMessage(newTourFromView());
        showToursSection();
      },
    },
    {
      kind: 'action',
      id: 'import',
      label: t('tours.import'),
      icon: <Upload size={16} aria-hidden="true" />,
      disabled: !api.ready,
      onSelect: () => {
        openFilePicker(fileInputId);
      },
    },
    {
      kind: 'action',
      id: 'manage',
      label: t('present.manage'),
      icon: <ListOrdered size={16} aria-hidden="true" />,
      onSelect: showToursSection,
    },
  ];

  return (
    <>
      <MenuButton
        label={t('present.menu')}
        icon={<Presentation size={18} aria-hidden="true" />}
        entries={entries}
        className="menu--present"
      />
      <HiddenFileInput
        id={fileInputId}
        accept=".json,application/json"
        inputLabel={t('tours.fileLabel')}
        onPick={(file) => void onImport(file)}
      />
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </>
  );
}
